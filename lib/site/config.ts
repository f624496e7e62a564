/** Public origin of the site, used for canonical URLs, feeds, sitemaps and share links. */
export const SITE_URL = (process.env.SITE_URL ?? 'https://zjnews.example.cn').replace(/\/+$/, '');
export const SITE_NAME = '浙江新闻摘要';
export const SITE_DESCRIPTION = '浙江地方报纸文章的可检索摘要：按城市、区县、作者浏览，中文全文搜索。';
export const PUBLISHER = '浙江新闻摘要编辑部';

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
