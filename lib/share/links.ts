import { z } from 'zod';
import type { Article } from '../content/schema';
import { canonicalUrl } from '../seo/urls';
import { SITE_NAME } from '../site/config';
import { QrCodeSchema, qrSvg } from './qr';

export const ArticleShareSchema = z.object({ url: z.url(), title: z.string(), text: z.string(), qr: QrCodeSchema });
export type ArticleShare = z.infer<typeof ArticleShareSchema>;

/**
 * What the share bar offers: the canonical URL (no tracking parameters, so every copy points at
 * the same page), a title for the native share sheet and a QR code of the same URL for WeChat.
 */
export function articleShare(article: Article): ArticleShare {
  const url = canonicalUrl(article);
  return {
    url,
    title: article.title,
    text: `${article.title}｜${SITE_NAME}`,
    qr: qrSvg(url, `本文链接的二维码：${article.title}`),
  };
}
