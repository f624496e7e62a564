import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/config';
import { SITEMAP_PATH } from '@/lib/sitemap/site';

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are an endless space of near-duplicate pages; every article is reachable
    // through the sitemap and the city, district and author lists instead.
    rules: { userAgent: '*', allow: '/', disallow: '/search' },
    sitemap: absoluteUrl(SITEMAP_PATH),
  };
}
