import type { RawRequest } from './raw-http';
import {
  all,
  cleanTitle,
  echoCapped,
  titleCutAtCodePoints,
  methodNotAllowed,
  noEcho,
  noNul,
  noProjectFile,
  status,
  type Expectation,
} from './expect';
import { ARTICLE, AUTHOR, CITY, DISTRICT, FEEDS_AND_IMAGES, PAGES, SERIES } from './site';

/** One hostile request and what its answer must show beyond the promises every answer keeps. */
export type HostileCase = RawRequest & { name: string; expect?: Expectation };

const get = (target: string, expect?: Expectation, headers?: RawRequest['headers']): HostileCase => ({
  name: `GET ${target.length > 100 ? `${target.slice(0, 80)}…(${target.length} chars)` : target}`,
  target,
  expect,
  headers,
});

const SCRIPT = '<script>abuse(1)</script>';
const PAGE_ROUTES = [...PAGES.slice(0, 6), '/search?q=x'];

export function methodCases(): HostileCase[] {
  const odd: HostileCase[] = [
    { name: 'OPTIONS *', method: 'OPTIONS', target: '*' },
    { name: 'OPTIONS /', method: 'OPTIONS', target: '/' },
    { name: 'TRACE /', method: 'TRACE', target: '/' },
    { name: `TRACE ${ARTICLE}`, method: 'TRACE', target: ARTICLE },
    { name: 'PROPFIND /', method: 'PROPFIND', target: '/', headers: { depth: '1' } },
    { name: 'lowercase get /', method: 'get', target: '/' },
    { name: 'FOO /', method: 'FOO', target: '/' },
    { name: 'CONNECT 127.0.0.1:22', method: 'CONNECT', target: '127.0.0.1:22' },
    { name: 'GET absolute-form http://evil.example/', target: 'http://evil.example/' },
    { name: 'GET with a body', target: '/', body: 'x'.repeat(1000) },
  ];
  const heads = [...PAGE_ROUTES, ...FEEDS_AND_IMAGES].map((target) => ({
    name: `HEAD ${target}`,
    method: 'HEAD',
    target,
    expect: status(200),
  }));
  const writes = ['POST', 'PUT', 'DELETE', 'PATCH'].flatMap((method) =>
    [...PAGE_ROUTES, ...FEEDS_AND_IMAGES].map((target) => ({
      name: `${method} ${target}`,
      method,
      target,
      body: 'a=1',
      expect: methodNotAllowed,
    })),
  );
  const actions = ['/', ARTICLE].map((target) => ({
    name: `POST ${target} with Next-Action: x (no such Server Action)`,
    method: 'POST',
    target,
    headers: { 'next-action': 'x', 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
    body: '[]',
  }));
  return [...odd, ...heads, ...writes, ...actions];
}

/**
 * Unknown slugs on every on-demand route, each asked twice: the second answer comes from any
 * cache. `run` makes them new in every run (see RUN); /articles/x-1 is the issue's own example.
 */
export function unknownSlugCases(run: number): HostileCase[] {
  const targets = [
    '/articles/x-1',
    `/articles/x-${run}`,
    `/authors/${encodeURIComponent(`某某${run}`)}`,
    `/authors/nobody-${run}/page/2`,
    `/series/nope-${run}`,
    `/series/nope-${run}/page/2`,
    `/cities/hangzhou/nope-${run}`,
    `/cities/hangzhou/nope-${run}/page/2`,
    `/cities/nope-${run}`,
    `/cities/hangzhou/page/${1000 + run}`,
    '/cities/hangzhou/page/0',
    `/archive/${1000 + (run % 900)}`,
    `/archive/${1000 + (run % 900)}/01`,
    `/archive/${1000 + (run % 900)}/01/01`,
    `/archive/2023/13/${40 + (run % 50)}`,
    `/sitemaps/${100 + run}.xml`,
    `/articles/x-${run}/opengraph-image/card`,
    `/articles/x-${run}/qr.png`,
    `/cities/nope-${run}/feed.xml`,
  ];
  return [1, 2].flatMap((round) =>
    targets.map((t) => ({ ...get(t, status(404)), name: `GET ${t} (${round === 1 ? 'first' : 'again'})` })),
  );
}

export function pathCases(): HostileCase[] {
  const escapes = [
    '/authors/%E5%91',
    '/%',
    '/%00',
    '/%C0%AF',
    '/articles/%C0%AE%C0%AE%2Fpackage.json',
    '/%ED%A0%80',
    '/cities/%ZZ',
    '/%u4e2d',
    '/search/%FF',
    `${CITY}/%E5%91/page/2`,
  ];
  const traversal = [
    '/_next/static/..%2f..%2fpackage.json',
    '/_next/static/../../package.json',
    '/_next/static/%2e%2e/%2e%2e/package.json',
    '/_next/static/chunks/..%5c..%5c..%5cpackage.json',
    '/_next/%2e%2e/package.json',
    '/_next/static/..%252f..%252fpackage.json',
    '/..%2f..%2f..%2fetc/passwd',
    '/_next/image?url=%2F..%2Fpackage.json&w=64&q=75',
    '/_next/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    `/_next/static/${'..%2f'.repeat(20)}etc/passwd`,
  ];
  const redirects = [
    '//evil.example/',
    '/\\evil.example/',
    '/%2f%2fevil.example/',
    `${ARTICLE}/`,
    '/articles//shangcheng-qiangji-funeng',
  ];
  const long = [
    `/${'a'.repeat(8192)}`,
    `/articles/${encodeURIComponent('中'.repeat(900))}`,
    `/search?q=${'x'.repeat(8000)}`,
    `/${'a/'.repeat(3000)}`,
    `/${'a'.repeat(20_000)}`,
  ];
  return [
    ...escapes.map((t) => get(t)),
    ...traversal.map((t) => get(t, noProjectFile)),
    // responseProblems rejects a Location off this site.
    ...redirects.map((t) => get(t)),
    ...long.map((t) => get(t)),
  ];
}

export function hostCases(): HostileCase[] {
  const hosts: RawRequest['headers'][] = [
    { host: 'evil.example' },
    { host: '' },
    { host: null },
    { host: 'a b' },
    { host: '127.0.0.1:99999' },
    { host: '[::1' },
    { host: `${'h'.repeat(4000)}.example` },
    { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' },
    { 'x-forwarded-host': 'evil.example:443', 'x-forwarded-port': 'abc', forwarded: 'for=evil;host=evil.example' },
  ];
  return hosts.flatMap((headers) =>
    ['/', ARTICLE, '/articles/x-1'].map((target) => ({
      ...get(target, noEcho('evil.example'), headers),
      name: `GET ${target} with ${JSON.stringify(headers).slice(0, 90)}`,
    })),
  );
}

export function rangeCases(staticFile: string, size: number): HostileCase[] {
  const ranges: [string, Expectation?][] = [
    [`bytes=${size + 10}-`, status(416)],
    [`bytes=${size}-${size + 100}`, status(416)],
    [`bytes=999999999-1999999999`, status(416)],
    ['bytes=0-0,5-9,1-2'],
    ['bytes=0-1,'.repeat(200)],
    ['bytes=garbage'],
    ['bytes=-0'],
    ['bytes=5-1'],
    ['bytes=0-18446744073709551616'],
    ['bytes=--1'],
    ['items=0-5'],
    ['bytes=0-'],
  ];
  return ranges.map(([range, expect]) => ({
    name: `GET ${staticFile} Range: ${range.slice(0, 60)}`,
    target: staticFile,
    headers: { range },
    expect,
  }));
}

export function queryCases(): HostileCase[] {
  const emojiCut = `${'字'.repeat(39)}😀尾`;
  const long = 'z'.repeat(15_000);
  const marker = 'ABUSE城市标记';
  const search = (q: string, expect?: Expectation) => get(`/search?q=${q}`, all(cleanTitle, noNul, ...(expect ? [expect] : [])));
  return [
    get(`/?city=${encodeURIComponent(SCRIPT)}`, noEcho(SCRIPT)),
    get(`/?city=${encodeURIComponent(marker)}`, noEcho(marker)),
    get(`/?city=hangzhou&district=${encodeURIComponent(SCRIPT)}`, noEcho(SCRIPT)),
    get(`/?city=hangzhou&district=${encodeURIComponent(marker)}`, noEcho(marker)),
    get(`/search?q=x&city=${encodeURIComponent(SCRIPT)}`, noEcho(SCRIPT)),
    get(`/search?q=x&city=hangzhou&district=${encodeURIComponent(SCRIPT)}`, noEcho(SCRIPT)),
    search(encodeURIComponent(SCRIPT), noEcho(SCRIPT)),
    search('a%00b'),
    search('%00'),
    search('%01%02%1b%7f'),
    search('%ED%A0%80'),
    search('%E5%91'),
    search('%'),
    search(encodeURIComponent(emojiCut), titleCutAtCodePoints),
    search(long, echoCapped(long)),
    search(encodeURIComponent('😀'.repeat(1000)), echoCapped('😀'.repeat(1000))),
    search(`${encodeURIComponent('\u202e')}evil`),
    get('/search?q=a&q=b', cleanTitle),
    get('/search?q[]=a&q[x]=b', cleanTitle),
    ...['-1', '0', '1e9', '99999999999999999999', '1.5', '%00', '', 'NaN'].flatMap((p) => [
      get(`/search?q=%E6%B2%BB%E7%90%86&page=${p}`),
      get(`/?page=${p}`),
    ]),
    get('/?city=hangzhou&city=ningbo'),
    get('/?city=../../etc/passwd', noProjectFile),
    get(`/?${'a=1&'.repeat(2000)}`),
    get(`/search?${Array.from({ length: 1000 }, (_, i) => `q${i}=${i}`).join('&')}`),
  ];
}

export function headerCases(): HostileCase[] {
  const pages = ['/', ARTICLE, `/search?q=${encodeURIComponent('治理')}`, '/articles/x-1'];
  const headerSets: RawRequest['headers'][] = [
    { rsc: '1' },
    { rsc: '1', 'next-router-state-tree': 'garbage' },
    { rsc: '1', 'next-router-state-tree': '%7B%22a%22' },
    { rsc: '1', 'next-router-state-tree': encodeURIComponent(JSON.stringify(['', { children: ['x', {}, null, null, true] }])) },
    { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
    { rsc: '1', 'next-router-segment-prefetch': '../../../etc/passwd' },
    { 'next-url': '/%', rsc: '1' },
    { accept: 'text/x-component' },
    { accept: '*/*;q=garbage, text/html;q=-1' },
    { 'accept-encoding': 'gzip;q=x, br;q=2, *' },
    { 'accept-encoding': 'br' },
    { 'accept-encoding': 'zstd, identity;q=0' },
    { 'accept-language': 'zh;q=0.9,'.repeat(500) },
    { cookie: `${'a=b; '.repeat(600)}__prerender_bypass=x; __next_preview_data=x` },
    { 'if-none-match': '*', 'if-modified-since': 'garbage' },
    { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { 'x-invoke-status': '500', 'x-invoke-path': '/_error', 'x-matched-path': '/_not-found' },
    { 'x-nextjs-data': '1', 'x-now-route-matches': '%' },
    { 'x-forwarded-for': '%%%, 999.1.1.1, <script>' },
  ];
  const onBadPath = ['x-middleware-subrequest', 'rsc'].map((h) =>
    get('/authors/%E5%91', undefined, { [h]: h === 'rsc' ? '1' : 'proxy:proxy:proxy:proxy:proxy' }),
  );
  return [
    ...headerSets.flatMap((headers) =>
      pages.map((target) => ({
        ...get(target, undefined, headers),
        name: `GET ${target} with ${JSON.stringify(headers).slice(0, 90)}`,
      })),
    ),
    ...onBadPath.map((c) => ({ ...c, name: `${c.name} with ${JSON.stringify(c.headers)}` })),
    { name: 'GET / with Content-Length: -1', target: '/', headers: { 'content-length': '-1' } },
    { name: 'GET / with a broken chunked body', target: '/', headers: { 'transfer-encoding': 'chunked' }, body: 'zz\r\nabc\r\n' },
    { name: 'GET / with a header line of 15 KB', target: '/', headers: { 'x-big': 'x'.repeat(15_000) } },
    {
      name: `GET ${DISTRICT} with 200 headers`,
      target: DISTRICT,
      headers: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x-h${i}`, String(i)])),
    },
    { name: `GET ${AUTHOR} with a raw UTF-8 path`, target: `/authors/周静`, expect: status(200, 400, 404) },
    { name: `GET ${SERIES} with raw latin1 bytes in the path`, target: '/series/\u00ff\u00fe', encoding: 'latin1' },
  ];
}
