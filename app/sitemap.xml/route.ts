import { loadContent } from '@/lib/content/load';
import { SITEMAP_CONTENT_TYPE, renderRoot } from '@/lib/sitemap/sitemap';
import { siteSitemap } from '@/lib/sitemap/site';

// A route handler rather than app/sitemap.ts: past 50 000 URLs this same URL must serve a
// sitemap index, which the metadata convention cannot produce.
export const dynamic = 'force-static';
// Like the pages: a CDN asks again after five minutes, so feed readers see a correction soon.
export const revalidate = 300;

export function GET() {
  return new Response(renderRoot(siteSitemap(loadContent())), { headers: { 'content-type': SITEMAP_CONTENT_TYPE } });
}
