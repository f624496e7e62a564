import { getArticle } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { recentArticleParams } from '@/lib/seo/prerender';
import { canonicalUrl } from '@/lib/seo/urls';
import { qrPng } from '@/lib/share/qr';

export const dynamicParams = true;
export const revalidate = 300;
export const generateStaticParams = () => recentArticleParams(loadContent());

/** The article's QR code as a PNG, for WeChat's “识别图中二维码” and for saving. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle(loadContent(), (await params).slug);
  if (!article) return new Response('Not found\n', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  const { png } = await qrPng(canonicalUrl(article));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
