import { z } from 'zod';
import type { Article } from '../content/schema';
import { SITE_NAME } from '../site/config';

export const ArticleShareSchema = z.object({ title: z.string(), text: z.string() });
export type ArticleShare = z.infer<typeof ArticleShareSchema>;

/**
 * The title and text for the native share sheet. The URL is not decided here: the share bar takes
 * the address the reader is on (lib/share/clean-url.ts), so a copy always opens this server. The
 * QR code is an image of its own (`/articles/<slug>/qr.png`, app/articles/[slug]/qr.png/route.ts).
 */
export function articleShare(article: Article): ArticleShare {
  return { title: article.title, text: `${article.title}｜${SITE_NAME}` };
}
