import { NextResponse, type NextRequest } from 'next/server';

/**
 * A malformed percent-sequence in a path (/authors/%E5%91) makes Next's route matching throw a
 * 500 before any page runs (vercel/next.js#92557). Send such paths to the 404 page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/_malformed-url', request.url));
  }
}
