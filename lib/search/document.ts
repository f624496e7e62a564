// What the search engines index: one article, flattened to plain text, with its places resolved.
import { z } from 'zod';

export const SearchPlaceSchema = z.object({
  city: z.string(), // 杭州市
  cityShort: z.string(), // 杭州
  citySlug: z.string(), // hangzhou
  district: z.string().nullable(), // 上城区
  districtShort: z.string().nullable(), // 上城
  districtSlug: z.string().nullable(), // shangcheng
});

export const SearchDocumentSchema = z.object({
  id: z.string(), // the article's slug
  title: z.string(),
  summary: z.string(),
  text: z.string(), // plain body text
  authors: z.array(z.string()),
  places: z.array(SearchPlaceSchema),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type SearchPlace = z.infer<typeof SearchPlaceSchema>;
export type SearchDocument = z.infer<typeof SearchDocumentSchema>;

/** The fields of an article that `toSearchDocument` reads (a subset of lib/content's Article). */
export interface ArticleLike {
  slug: string;
  title: string;
  summary: string;
  text: string;
  authors: string[];
  date: string;
  locations: SearchPlace[];
}

export function toSearchDocument(a: ArticleLike): SearchDocument {
  return {
    id: a.slug,
    title: a.title,
    summary: a.summary,
    text: a.text,
    authors: [...a.authors],
    places: a.locations.map((p) => ({
      city: p.city,
      cityShort: p.cityShort,
      citySlug: p.citySlug,
      district: p.district,
      districtShort: p.districtShort,
      districtSlug: p.districtSlug,
    })),
    date: a.date,
  };
}

/** Newest first, then by slug: the order of ties in every ranking, and the engines' internal doc ids. */
export function compareDocs(a: SearchDocument, b: SearchDocument): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The searchable fields of a document in index order: title, summary, body, then each author and
 * each distinct place name (full and short). A term must occur inside one field.
 */
export function docFields(d: SearchDocument): string[] {
  const fields = [d.title, d.summary, d.text, ...d.authors];
  const names = new Set<string>();
  for (const p of d.places) {
    names.add(p.city);
    names.add(p.cityShort);
    if (p.district) names.add(p.district);
    if (p.districtShort) names.add(p.districtShort);
  }
  return [...fields, ...names];
}
