import { loadContent } from '@/lib/content/load';
import { RSS_CONTENT_TYPE } from '@/lib/feeds/rss';
import { siteFeed } from '@/lib/feeds/site';

// Written at build time: the feed only changes when the content (and so the build) does.
export const dynamic = 'force-static';
// Like the pages: a CDN asks again after five minutes, so feed readers see a correction soon.
export const revalidate = 300;

export function GET() {
  return new Response(siteFeed(loadContent()), { headers: { 'content-type': RSS_CONTENT_TYPE } });
}
