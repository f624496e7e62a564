import type { Article, Series } from './schema';

/** The public JSON shape of an article, as printed by `content export`. */
export function toExportRecord(article: Article, series: readonly Series[]) {
  return {
    slug: article.slug,
    url: article.url,
    title: article.title,
    authors: article.authors,
    locations: article.locations.map((l) => ({ city: l.city, district: l.district, code: l.code })),
    date: article.date,
    series: series.find((s) => s.slug === article.series)?.title ?? null,
    summary: article.summary,
    text: article.text,
    corrections: article.corrections,
  };
}
export type ExportRecord = ReturnType<typeof toExportRecord>;
