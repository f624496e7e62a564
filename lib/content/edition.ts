import { catalog, articlesOnDate } from './catalog';
import type { Article, Series } from './schema';
import type { Content } from './validate';

export type EditionGroup = { series: Series | null; articles: Article[] };
export type PlaceFilter = { citySlug?: string; districtSlug?: string };

/** The newest date that has articles, or undefined for an empty archive. */
export const latestDate = (content: Content) => content.articles[0]?.date;

export function matchesPlace(article: Article, filter: PlaceFilter): boolean {
  if (!filter.citySlug) return true;
  return article.locations.some(
    (l) => l.citySlug === filter.citySlug && (!filter.districtSlug || l.districtSlug === filter.districtSlug),
  );
}

/**
 * One day's articles in page order, grouped the way the page prints them: runs of stand-alone
 * articles, and each series as one group at the place where its first article stands.
 */
export function editionGroups(content: Content, date: string, filter: PlaceFilter = {}): EditionGroup[] {
  const { seriesBySlug } = catalog(content);
  const groups: EditionGroup[] = [];
  const bySeries = new Map<string, EditionGroup>();
  for (const a of articlesOnDate(content, date)) {
    if (!matchesPlace(a, filter)) continue;
    if (a.series) {
      let g = bySeries.get(a.series);
      if (!g) {
        g = { series: seriesBySlug.get(a.series) ?? null, articles: [] };
        bySeries.set(a.series, g);
        groups.push(g);
      }
      g.articles.push(a);
    } else {
      const last = groups[groups.length - 1];
      if (last && last.series === null) last.articles.push(a);
      else groups.push({ series: null, articles: [a] });
    }
  }
  return groups;
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
