import { loadContent } from '@/lib/content/load';
import { SITEMAP_CONTENT_TYPE, renderChunk } from '@/lib/sitemap/sitemap';
import { siteSitemap } from '@/lib/sitemap/site';

type Params = Promise<{ file: string }>;

// The files of a split sitemap (/sitemaps/1.xml …), listed by the index at /sitemap.xml.
export const dynamicParams = false;
export function generateStaticParams() {
  const plan = siteSitemap(loadContent());
  return plan.index ? plan.chunks.map((_, i) => ({ file: `${i + 1}.xml` })) : [];
}

export async function GET(_: Request, { params }: { params: Params }) {
  const { file } = await params;
  const n = /^([1-9]\d{0,4})\.xml$/.exec(file)?.[1];
  const xml = n ? renderChunk(siteSitemap(loadContent()), Number(n)) : undefined;
  if (!xml)
    return new Response('没有这个网站地图文件', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'content-type': SITEMAP_CONTENT_TYPE } });
}
