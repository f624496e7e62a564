/**
 * Real pages of the committed content that the hostile cases start from. They are requested once
 * before any hostile phase, so that legitimate pages rendered on first request (archive months
 * and days, empty districts) are already in the route cache and the build folder stays still.
 */
export const ARTICLE = '/articles/shangcheng-qiangji-funeng';
export const CITY = '/cities/hangzhou';
export const DISTRICT = '/cities/hangzhou/shangcheng';
export const AUTHOR = `/authors/${encodeURIComponent('周静')}`;
export const SERIES = '/series/chuangxin-jiceng-zhili';

/**
 * A number of this run, put into unknown slugs: a route cache that kept a 404 from an earlier run
 * would otherwise hide that this run writes one. ABUSE_RUN replays a run's requests exactly.
 */
export const RUN = Number(process.env.ABUSE_RUN ?? Date.now() % 1_000_000);

export const PAGES = [
  '/',
  ARTICLE,
  CITY,
  DISTRICT,
  AUTHOR,
  SERIES,
  '/cities',
  '/archive',
  '/archive/2023',
  '/archive/2023/12',
  '/archive/2023/12/28',
  '/archive/2023/12/28/hangzhou/fuyang',
  `/search?q=${encodeURIComponent('治理')}`,
];

export const FEEDS_AND_IMAGES = [
  '/feed.xml',
  `${CITY}/feed.xml`,
  '/sitemap.xml',
  '/robots.txt',
  `${ARTICLE}/opengraph-image/card`,
  `${ARTICLE}/qr.png`,
  '/articles/publisher-logo.png',
];

/** The first /_next/static file a page links to, for the Range cases. */
export function staticFileIn(html: string): string {
  const m = /\/_next\/static\/[^"'\s<>?]+\.(?:js|css)/.exec(html);
  if (!m) throw new Error('首页没有 /_next/static 文件的链接');
  return m[0];
}
