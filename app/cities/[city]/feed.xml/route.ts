import { loadContent } from '@/lib/content/load';
import { RSS_CONTENT_TYPE } from '@/lib/feeds/rss';
import { cityFeed } from '@/lib/feeds/site';
import { cities, cityBySlug } from '@/lib/places/gazetteer';

// One static file per city, written at build time; any other city slug is a 404.
export const dynamic = 'force-static';
// Like the pages: a CDN asks again after five minutes, so feed readers see a correction soon.
export const revalidate = 300;
export const dynamicParams = false;
export const generateStaticParams = () => cities.map((c) => ({ city: c.slug }));

export async function GET(_request: Request, { params }: { params: Promise<{ city: string }> }) {
  const city = cityBySlug((await params).city);
  if (!city) return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(cityFeed(loadContent(), city), { headers: { 'content-type': RSS_CONTENT_TYPE } });
}
