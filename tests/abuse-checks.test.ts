import { describe, expect, it } from 'vitest';
import {
  cspDirectives,
  logProblems,
  responseProblems,
  securityHeaderProblems,
  sharedCacheSeconds,
  stackTraceProblems,
} from './abuse/checks';
import { cleanTitle, echoCapped, methodNotAllowed, titleCutAtCodePoints } from './abuse/expect';
import { generatedCases } from './abuse/generated';
import { parseResponse, type RawResponse } from './abuse/raw-http';

// The checks of `npm run test:abuse`, on answers made up here: they pass a good answer and name
// what is wrong with a bad one, so a failing abuse run is the server's fault, not the checks'.
const GOOD_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};
const answer = (over: Partial<RawResponse> = {}): RawResponse => ({
  status: 200,
  headers: GOOD_HEADERS,
  body: '<title>搜索｜浙江新闻摘要</title>',
  noResponse: false,
  ...over,
});

describe('abuse checks', () => {
  it('pass an answer that keeps every promise', () => {
    expect(responseProblems(answer())).toEqual([]);
    expect(
      responseProblems(
        answer({ status: 404, headers: { ...GOOD_HEADERS, 'cache-control': 'private, no-cache, no-store, max-age=0' } }),
      ),
    ).toEqual([]);
    expect(responseProblems(answer({ status: 308, headers: { ...GOOD_HEADERS, location: '/articles/x' } }))).toEqual([]);
  });

  it('name each missing security header and CSP directive', () => {
    expect(securityHeaderProblems({ 'content-security-policy': "default-src 'self'; object-src 'self'" })).toEqual([
      "CSP lacks object-src 'none'",
      "CSP lacks base-uri 'self'",
      "CSP lacks frame-ancestors 'none'",
      "CSP lacks form-action 'self'",
      'no X-Content-Type-Options: nosniff',
      'no Referrer-Policy',
      'no Permissions-Policy',
    ]);
    expect(cspDirectives("Default-Src 'self' ;img-src data:").get('default-src')).toEqual(["'self'"]);
  });

  it('reject 5xx, year-long 404s, off-site redirects and stack traces', () => {
    expect(responseProblems(answer({ status: 500 }))).toEqual(['status 500']);
    expect(responseProblems(answer({ status: 404, headers: { ...GOOD_HEADERS, 'cache-control': 's-maxage=31536000' } }))).toEqual(
      ['404 cacheable for 31536000 s (Cache-Control: s-maxage=31536000)'],
    );
    expect(responseProblems(answer({ status: 308, headers: { ...GOOD_HEADERS, location: 'http://evil.example/' } }))).toEqual([
      'redirects off-site: http://evil.example/',
    ]);
    expect(responseProblems(answer({ status: 308, headers: { ...GOOD_HEADERS, location: '//evil.example/' } }))).toEqual([
      'redirects off-site: //evil.example/',
    ]);
    const trace =
      'Error: boom\n    at render (/srv/app/.next/server/chunks/ssr/a.js:1:2)\n    at node_modules/next/dist/x.js:3:4';
    expect(stackTraceProblems(trace).map((p) => p.split(':')[1].trim())).toEqual([
      'stack frame',
      'node_modules path',
      'server build path',
    ]);
    expect(sharedCacheSeconds('public, max-age=60')).toBe(60);
    expect(sharedCacheSeconds('s-maxage=3600, stale-while-revalidate=1')).toBe(3600);
  });

  it('find error lines in a server log and nothing else', () => {
    expect(logProblems('▲ Next.js\n✓ Ready in 425ms\nTypeError: x is not a function\n    at f (a.js:1:1)\n')).toEqual([
      'TypeError: x is not a function',
      '    at f (a.js:1:1)',
    ]);
  });

  it('check the search title and echo caps', () => {
    const title = (t: string) => answer({ body: `<title>${t}</title>` });
    expect(cleanTitle(title('“a\u0000b”的搜索结果｜浙江新闻摘要'))).toHaveLength(1);
    expect(cleanTitle(title(`“${'字'.repeat(40)}”的搜索结果｜浙江新闻摘要`))).toEqual([]);
    expect(cleanTitle(title('字'.repeat(61)))).toEqual(['title is 61 code points (max 60)']);
    expect(titleCutAtCodePoints(title('“字\uFFFD”'))).toHaveLength(1);
    expect(echoCapped('z'.repeat(500))(answer({ body: 'z'.repeat(200) }))).toEqual([]);
    expect(echoCapped('z'.repeat(500))(answer({ body: 'z'.repeat(201) }))).toHaveLength(1);
    expect(methodNotAllowed(answer({ status: 405, headers: { ...GOOD_HEADERS, allow: 'GET, HEAD' } }))).toEqual([]);
    expect(methodNotAllowed(answer())).toEqual(['status 200, expected 405', 'Allow: (none)']);
  });
});

describe('raw HTTP parsing', () => {
  it('reads a chunked answer and repeated headers', () => {
    const raw = Buffer.from(
      'HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n中\r\n2\r\nok\r\n0\r\n\r\n',
    );
    expect(parseResponse(raw)).toEqual({
      status: 200,
      headers: { 'set-cookie': 'a=1, b=2', 'transfer-encoding': 'chunked' },
      body: '中ok',
      noResponse: false,
    });
    expect(parseResponse(Buffer.alloc(0)).noResponse).toBe(true);
  });
});

describe('generated cases', () => {
  it('are the same for the same seed and run, and differ for another seed', () => {
    const a = generatedCases({ seed: 10, count: 50, run: 1 });
    expect(generatedCases({ seed: 10, count: 50, run: 1 })).toEqual(a);
    expect(generatedCases({ seed: 11, count: 50, run: 1 })).not.toEqual(a);
    expect(a.every((c) => c.target.includes('1'))).toBe(true);
  });
});
