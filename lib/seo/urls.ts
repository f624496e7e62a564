import type { Article, Series } from '../content/schema';
import { absoluteUrl } from '../site/config';

/** The one URL of an article that search engines, share links and QR codes all use. */
export const canonicalUrl = (page: Pick<Article | Series, 'url'>) => absoluteUrl(page.url);

/** The generated share image of an article (app/articles/[slug]/opengraph-image.tsx). */
export const SHARE_IMAGE_ID = 'card';
export const shareImagePath = (article: Pick<Article, 'url'>) => `${article.url}/opengraph-image/${SHARE_IMAGE_ID}`;
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The publisher logo named in structured data, drawn by app/articles/publisher-logo.png/route.tsx.
 * 600×60 is the largest logo box Google's article guidelines accepted.
 */
export const PUBLISHER_LOGO = { path: '/articles/publisher-logo.png', width: 600, height: 60 } as const;
