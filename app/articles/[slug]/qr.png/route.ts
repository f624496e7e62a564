import { getArticle } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { canonicalUrl } from '@/lib/seo/urls';
import { qrPng } from '@/lib/share/qr';
import { requestOrigin } from '@/lib/share/request-origin';
import { SITE_URL_CONFIGURED } from '@/lib/site/config';

// Drawn per request (a few milliseconds): without SITE_URL the code must carry the host the reader
// asked for, which no build can know. With SITE_URL it is the same image for everyone, so shared
// caches may keep it.
export const dynamic = 'force-dynamic';

/** The article's QR code as a PNG, for WeChat's “识别图中二维码” and for saving. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle(loadContent(), (await params).slug);
  if (!article) return new Response('Not found\n', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  const here = SITE_URL_CONFIGURED ? null : requestOrigin(request.headers);
  const { png } = await qrPng(here ? `${here}${article.url}` : canonicalUrl(article));
  const cache = here ? 'private, max-age=300' : 'public, max-age=300, s-maxage=300';
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': cache } });
}
