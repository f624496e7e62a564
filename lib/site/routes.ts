import type { Place } from '../content/schema';

/**
 * Every path of the site, in one place: pages, feeds and the rules of paged lists. Pure string
 * functions; the routes in app/ and the sitemap, feeds and SEO builders all use these.
 */
export const articleUrl = (slug: string) => `/articles/${slug}`;
export const seriesUrl = (slug: string) => `/series/${slug}`;
/** The article's QR code image (WeChat's 识别图中二维码 needs an image). */
export const articleQrUrl = (article: { url: string }) => `${article.url}/qr.png`;
export const cityUrl = (citySlug: string) => `/cities/${citySlug}`;
export const districtUrl = (citySlug: string, districtSlug: string) => `/cities/${citySlug}/${districtSlug}`;
/** Author names are Chinese; the path segment is percent-encoded UTF-8 so links survive copy/paste and WeChat. */
export const authorUrl = (name: string) => `/authors/${encodeURIComponent(name)}`;
/**
 * The same path for a link inside a page, with letters and digits left as they are: a browser
 * percent-encodes them when it follows or copies the link (a.href), and a listing page of bylines
 * is ~0.5 KB lighter gzipped without the escapes. URLs that leave the page (canonical, feeds,
 * sitemaps, JSON-LD) use authorUrl.
 */
export const authorHref = (name: string) => `/authors/${readableComponent(name)}`;

/**
 * A URL component with letters and digits as they are and everything else percent-encoded. A lone
 * surrogate becomes U+FFFD, as URLSearchParams does, where encodeURIComponent would throw.
 */
const readableComponent = (text: string) =>
  Array.from(text.replace(/\p{Cs}/gu, '\uFFFD'), (c) => (/[\p{L}\p{N}]/u.test(c) ? c : encodeURIComponent(c))).join('');

export type SearchQuery = { q: string; city?: string; district?: string; page?: number };

/** The URL of a search, the shareable state; a link in a page, so its words stay readable (see authorHref). */
export function searchHref({ q, city, district, page }: SearchQuery): string {
  const params: [string, string | undefined][] = [
    ['q', q || undefined],
    ['city', city],
    ['district', district],
    ['page', page && page > 1 ? String(page) : undefined],
  ];
  const query = params.flatMap(([key, value]) => (value ? [`${key}=${readableComponent(value)}`] : [])).join('&');
  return query ? `/search?${query}` : '/search';
}
export const placeUrl = (p: Pick<Place, 'citySlug'> & { districtSlug?: string | null }) =>
  p.districtSlug ? districtUrl(p.citySlug, p.districtSlug) : cityUrl(p.citySlug);
export const cityFeedUrl = (citySlug: string) => `/cities/${citySlug}/feed.xml`;

/** 往期: the index, a year (`2023`), a month (`2023-12`) or a day (`2023-12-28`). */
export const archiveUrl = (date?: string) => (date ? `/archive/${date.split('-').join('/')}` : '/archive');

/** One file of a sitemap split past 50 000 URLs. */
export const sitemapChunkPath = (n: number) => `/sitemaps/${n}.xml`;

/**
 * Page N of a list lives at `<base>/page/N` rather than `?page=N`, so every page can be generated
 * at build time; page 1 is the base path itself, the only URL it has.
 */
export const pagePath = (basePath: string, page: number) => (page <= 1 ? basePath : `${basePath}/page/${page}`);

/** One day's paper, filtered to a city or a district: a stable URL that still means that day when shared later. */
export const editionUrl = (date: string, citySlug?: string, districtSlug?: string) =>
  [archiveUrl(date), citySlug, citySlug && districtSlug].filter(Boolean).join('/');

/** One printed page (版) of a day's paper: `/archive/2023/12/28/17`. Page numbers never clash with city slugs. */
export const printedPageUrl = (date: string, page: number) => `${editionUrl(date)}/${page}`;
