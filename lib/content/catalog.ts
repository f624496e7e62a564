import { cities, type City, type District } from '../places/gazetteer';
import { processSingleton } from '../process-singleton';
import type { Content } from './validate';
import type { Article, Series } from './schema';

/**
 * Lookup tables over the content, built once per Content object (so per process): every page
 * is a map lookup, not a scan of the archive.
 */
export type Catalog = {
  content: Content;
  bySlug: Map<string, Article>;
  indexOf: Map<string, number>;
  byCity: Map<string, Article[]>;
  byDistrict: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  bySeries: Map<string, Article[]>;
  byDate: Map<string, Article[]>;
  seriesBySlug: Map<string, Series>;
};

const catalogs = processSingleton('catalogs', () => new WeakMap<Content, Catalog>());

function push<K>(map: Map<K, Article[]>, key: K, article: Article) {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== article) list.push(article);
  } else map.set(key, [article]);
}

export const districtKey = (citySlug: string, districtSlug: string) => `${citySlug}/${districtSlug}`;

export function catalog(content: Content): Catalog {
  const cached = catalogs.get(content);
  if (cached) return cached;
  const c: Catalog = {
    content,
    bySlug: new Map(),
    indexOf: new Map(),
    byCity: new Map(),
    byDistrict: new Map(),
    byAuthor: new Map(),
    bySeries: new Map(),
    byDate: new Map(),
    seriesBySlug: new Map(content.series.map((s) => [s.slug, s])),
  };
  content.articles.forEach((a, i) => {
    c.bySlug.set(a.slug, a);
    c.indexOf.set(a.slug, i);
    for (const l of a.locations) {
      push(c.byCity, l.citySlug, a);
      if (l.districtSlug) push(c.byDistrict, districtKey(l.citySlug, l.districtSlug), a);
    }
    for (const name of a.authors) push(c.byAuthor, name, a);
    if (a.series) push(c.bySeries, a.series, a);
    push(c.byDate, a.date, a);
  });
  catalogs.set(content, c);
  return c;
}

export const getArticle = (content: Content, slug: string) => catalog(content).bySlug.get(slug);
export const getSeries = (content: Content, slug: string) => catalog(content).seriesBySlug.get(slug);
export const articlesInCity = (content: Content, citySlug: string) => catalog(content).byCity.get(citySlug) ?? [];
export const articlesInDistrict = (content: Content, citySlug: string, districtSlug: string) =>
  catalog(content).byDistrict.get(districtKey(citySlug, districtSlug)) ?? [];
export const articlesByAuthor = (content: Content, name: string) => catalog(content).byAuthor.get(name) ?? [];
export const articlesInSeries = (content: Content, slug: string) => catalog(content).bySeries.get(slug) ?? [];
export const articlesOnDate = (content: Content, date: string) => catalog(content).byDate.get(date) ?? [];
export const authors = (content: Content) => [...catalog(content).byAuthor.keys()];

/** Article counts per city in gazetteer order, including cities with none (for the map). */
export function cityCounts(content: Content): { city: City; count: number }[] {
  const c = catalog(content);
  return cities.map((city) => ({ city, count: c.byCity.get(city.slug)?.length ?? 0 }));
}

/** Districts of a city that have articles, with counts, in gazetteer order. */
export function districtCounts(content: Content, city: City): { district: District; count: number }[] {
  const c = catalog(content);
  return city.districts
    .map((district) => ({ district, count: c.byDistrict.get(districtKey(city.slug, district.slug))?.length ?? 0 }))
    .filter((d) => d.count > 0);
}

/** The articles before and after this one in the edition (same date, page order). */
export function neighbours(content: Content, article: Article): { previous?: Article; next?: Article } {
  const sameDay = articlesOnDate(content, article.date);
  const i = sameDay.indexOf(article);
  return { previous: sameDay[i - 1], next: sameDay[i + 1] };
}

/** Where an article page leads on: the edition's previous and next, and related articles besides those two. */
export function onwardLinks(content: Content, article: Article): { previous?: Article; next?: Article; related: Article[] } {
  const { previous, next } = neighbours(content, article);
  const besides = [previous, next].flatMap((a) => (a ? [a.slug] : []));
  return { previous, next, related: related(content, article, { besides }) };
}

/** `besides`: slugs the page already links to (上一篇, 下一篇), so the list does not repeat them. */
export type RelatedOptions = { limit?: number; besides?: readonly string[] };

/** Same district first, then same series, then same city; newest first within each; at most `limit`. */
export function related(content: Content, article: Article, { limit = 4, besides = [] }: RelatedOptions = {}): Article[] {
  const c = catalog(content);
  const seen = new Set<string>([article.slug, ...besides]);
  const out: Article[] = [];
  const take = (list: readonly Article[] | undefined) => {
    for (const a of list ?? []) {
      if (out.length >= limit) return;
      if (!seen.has(a.slug)) {
        seen.add(a.slug);
        out.push(a);
      }
    }
  };
  for (const l of article.locations) if (l.districtSlug) take(c.byDistrict.get(districtKey(l.citySlug, l.districtSlug)));
  if (article.series) take(c.bySeries.get(article.series));
  for (const l of article.locations) take(c.byCity.get(l.citySlug));
  return out;
}
