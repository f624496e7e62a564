import type { NextRequest } from 'next/server';
import { editionFilterTarget } from '@/lib/content/edition-filter';
import { loadContent } from '@/lib/content/load';

/**
 * Old filter links (redirected here by next.config.ts) → the filtered edition's own URL. The
 * Location is a path, not built from the request's Host header, so it cannot point off the site.
 */
export function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams;
  const target = editionFilterTarget(loadContent(), {
    date: q.get('date') ?? undefined,
    city: q.get('city') ?? undefined,
    district: q.get('district') ?? undefined,
  });
  return new Response(null, { status: 307, headers: { Location: target, 'Cache-Control': 'no-store' } });
}
