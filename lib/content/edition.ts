import { catalog, articlesOnDate } from './catalog';
import type { Article, Series } from './schema';
import type { Content } from './validate';

export type EditionGroup = { page: number; series: Series | null; articles: Article[] };
/** A place of the day's paper, and optionally one printed page (版) of it. */
export type PlaceFilter = { citySlug?: string; districtSlug?: string; page?: number };

/** The newest date that has articles, or undefined for an empty archive. */
export const latestDate = (content: Content) => content.articles[0]?.date;

export function matchesPlace(article: Article, filter: PlaceFilter): boolean {
  if (filter.page !== undefined && article.source.page !== filter.page) return false;
  if (!filter.citySlug) return true;
  return article.locations.some(
    (l) => l.citySlug === filter.citySlug && (!filter.districtSlug || l.districtSlug === filter.districtSlug),
  );
}

/**
 * One day's articles grouped the way the paper prints them, page by page: on each page its series
 * first (a series runs as the page's banner, with its intro), then the other articles in printed
 * order.
 */
export function editionGroups(content: Content, date: string, filter: PlaceFilter = {}): EditionGroup[] {
  const { seriesBySlug } = catalog(content);
  const pages = new Map<number, { series: Map<string, EditionGroup>; rest: EditionGroup }>();
  for (const a of articlesOnDate(content, date)) {
    if (!matchesPlace(a, filter)) continue;
    const page = a.source.page;
    let p = pages.get(page);
    if (!p) pages.set(page, (p = { series: new Map(), rest: { page, series: null, articles: [] } }));
    let g = p.rest;
    if (a.series) {
      g = p.series.get(a.series) ?? { page, series: seriesBySlug.get(a.series) ?? null, articles: [] };
      p.series.set(a.series, g);
    }
    g.articles.push(a);
  }
  // Articles come page by page (compareArticles), so the map is already in page order.
  return [...pages.values()].flatMap((p) => [...p.series.values(), p.rest].filter((g) => g.articles.length > 0));
}

/** Counts per city and per district among `articles`, for filter chips. */
export function placeCounts(articles: readonly Article[]) {
  const cities = new Map<string, { slug: string; name: string; count: number }>();
  const districts = new Map<string, { citySlug: string; slug: string; name: string; count: number }>();
  for (const a of articles) {
    const seenCity = new Set<string>();
    for (const l of a.locations) {
      if (!seenCity.has(l.citySlug)) {
        seenCity.add(l.citySlug);
        const c = cities.get(l.citySlug) ?? { slug: l.citySlug, name: l.city, count: 0 };
        c.count++;
        cities.set(l.citySlug, c);
      }
      if (l.districtSlug && l.district) {
        const key = `${l.citySlug}/${l.districtSlug}`;
        const d = districts.get(key) ?? { citySlug: l.citySlug, slug: l.districtSlug, name: l.district, count: 0 };
        d.count++;
        districts.set(key, d);
      }
    }
  }
  return { cities: [...cities.values()], districts: [...districts.values()] };
}
