// Every indexable page of the site as sitemap entries.
import { catalog, districtKey } from '../content/catalog';
import { latestDate } from '../content/edition';
import { archiveUrl } from '../site/routes';
import type { Article } from '../content/schema';
import type { Content } from '../content/validate';
import { cities } from '../places/gazetteer';
import { absoluteUrl, SITEMAP_MAX_URLS } from '../site/config';
import { authorUrl, cityUrl, districtUrl } from '../site/routes';
import { planSitemap, type PlanOptions, type SitemapEntry, type SitemapPlan } from './sitemap';
import { sitemapChunkPath } from '../site/routes';

export const SITEMAP_PATH = '/sitemap.xml';
/** Where the files of a split sitemap live once the archive passes SITEMAP_MAX_URLS. */

// Catalog lists are newest first, so the first article carries the page's lastmod.
const entry = (path: string, articles: readonly Article[] | undefined): SitemapEntry => ({
  loc: absoluteUrl(path),
  lastmod: articles?.[0]?.date,
});

/**
 * Home, the city index, every article and series, all 11 cities (an empty city still has a real
 * page), districts and authors with articles. Paginated list pages are left out: every article
 * they link to is listed directly.
 */
export function sitemapEntries(content: Content): SitemapEntry[] {
  const c = catalog(content);
  const newest = latestDate(content);
  const out: SitemapEntry[] = [
    { loc: absoluteUrl('/'), lastmod: newest },
    { loc: absoluteUrl('/cities'), lastmod: newest },
    { loc: absoluteUrl('/authors'), lastmod: newest },
  ];
  for (const city of cities) {
    out.push(entry(cityUrl(city.slug), c.byCity.get(city.slug)));
    for (const d of city.districts) {
      const list = c.byDistrict.get(districtKey(city.slug, d.slug));
      if (list) out.push(entry(districtUrl(city.slug, d.slug), list));
    }
  }
  for (const [name, list] of c.byAuthor) out.push(entry(authorUrl(name), list));
  for (const s of content.series) out.push(entry(s.url, c.bySeries.get(s.slug)));
  out.push({ loc: absoluteUrl(archiveUrl()), lastmod: newest });
  for (const d of c.byDate.keys()) out.push({ loc: absoluteUrl(archiveUrl(d)), lastmod: d });
  for (const a of content.articles) out.push({ loc: absoluteUrl(a.url), lastmod: a.date });
  return out;
}

export function siteSitemap(content: Content, options: Partial<PlanOptions> = {}): SitemapPlan {
  return planSitemap(sitemapEntries(content), {
    rootUrl: absoluteUrl(SITEMAP_PATH),
    chunkUrl: (n) => absoluteUrl(sitemapChunkPath(n)),
    maxUrls: SITEMAP_MAX_URLS,
    ...options,
  });
}
