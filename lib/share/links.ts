import { z } from 'zod';
import type { Article } from '../content/schema';
import { canonicalUrl } from '../seo/urls';
import { SITE_NAME } from '../site/config';

export const ArticleShareSchema = z.object({ url: z.url(), title: z.string(), text: z.string() });
export type ArticleShare = z.infer<typeof ArticleShareSchema>;

/**
 * What the share bar offers: the canonical URL (no tracking parameters, so every copy points at
 * the same page) and a title for the native share sheet. The QR code of the same URL is an image
 * of its own (`/articles/<slug>/qr.png`).
 */
export function articleShare(article: Article): ArticleShare {
  return { url: canonicalUrl(article), title: article.title, text: `${article.title}｜${SITE_NAME}` };
}

export const articleQrUrl = (article: Pick<Article, 'url'>) => `${article.url}/qr.png`;
