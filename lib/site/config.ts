import { resolveSiteOrigin } from './origin.mjs';

/**
 * Public origin of the site, used for canonical URLs, feeds, sitemaps and share images: SITE_URL,
 * or http://localhost:PORT when it is unset (the build and server warn about that once).
 */
export const SITE_URL = resolveSiteOrigin().origin;
/** False when SITE_URL was not set and SITE_URL is only this machine's address. */
export const SITE_URL_CONFIGURED = resolveSiteOrigin().configured;
export const SITE_NAME = '浙江新闻摘要';
export const SITE_DESCRIPTION = '浙江地方报纸文章的可检索摘要：按城市、区县、作者浏览，中文全文搜索。';
export const PUBLISHER = '浙江新闻摘要编辑部';

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

/** URLs per sitemap file: the protocol's limit is 50 000; tests lower it to exercise the split. */
export const SITEMAP_MAX_URLS = Math.min(50_000, Number(process.env.SITEMAP_MAX_URLS) || 50_000);

/**
 * How many pages of each paginated list are rendered at build time; later pages render on first
 * request and are cached, so a large archive does not make every build slower.
 */
export const PRERENDER_LIST_PAGES = 5;
