/**
 * The security headers every response carries, set by server.mjs before a request reaches Next
 * (so also on the answers the request guard gives itself). Plain JavaScript because server.mjs
 * runs without a TypeScript loader.
 *
 * script-src allows 'unsafe-inline' because the pages are static: Next writes each page's data as
 * inline <script> tags, and a nonce would make every page render per request. No other origin is
 * allowed anywhere, so an injected script still cannot load code or send data off the site.
 *
 * No Cross-Origin-Opener-Policy: it guards a reader's private state from other sites' windows, and
 * these pages hold none (no accounts, no cookies). Its cost was real: Chromium gives a COOP page a
 * fresh process and JS context on every arrival from another site (WeChat, a search engine) —
 * about 8 points of Lighthouse mobile performance on an article.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {ReadonlyArray<{ key: string; value: string }>} */
export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
];
