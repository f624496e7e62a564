import type { NextConfig } from 'next';
import { warnIfSiteUrlMissing } from './lib/site/origin.mjs';

// Canonical URLs and feeds are fixed when pages are built: say so when they fall back to localhost.
warnIfSiteUrlMissing();

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never clobber a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // server.mjs tags pages itself with a native hash (lib/http/etag.mjs), at a fraction of the cost,
  // serves pages read twice and the build's scripts as Brotli made once, and compresses the rest
  // after tagging, with the same middleware Next would use.
  generateEtags: false,
  compress: false,
  reactStrictMode: true,
  // Pages revalidate every 5 minutes (app/layout.tsx); a CDN may serve a stale copy for at most an
  // hour after that while it fetches the new one, so a correction never lingers for a year.
  expireTime: 3600,
  experimental: {
    // Pages rendered at run time (older articles, 404s for unknown slugs) stay in Next's bounded
    // memory cache instead of being written into the build folder: no URL can make the disk grow.
    isrFlushToDisk: false,
  },
  async redirects() {
    // The old filter URLs (`/?city=…`, `/archive/2023/12/28?city=…`) go to the stable filtered
    // edition; /archive/go works out which one (the query string is passed along).
    return [
      ...['city', 'district'].flatMap((key) => [
        { source: '/', has: [{ type: 'query' as const, key }], destination: '/archive/go', permanent: false },
        {
          source: '/archive/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})',
          has: [{ type: 'query' as const, key }],
          destination: '/archive/go?date=:year-:month-:day',
          permanent: true,
        },
      ]),
    ];
  },
};

export default nextConfig;
