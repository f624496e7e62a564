import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBodyCache } from '../lib/http/body-cache.mjs';
import { etagOf } from '../lib/http/etag.mjs';
import { createPageCache, isPlainPageRequest, pageCacheSeconds, sharedSeconds } from '../lib/http/page-cache.mjs';
import { asServerMjs, listenLocal, type LocalServer } from './helpers/local-server';

const PAGE = '<!DOCTYPE html><p>上城区：强基赋能 凝“新”聚力</p>'.repeat(40);
const SHARED = 's-maxage=300, stale-while-revalidate=3300';
const NEXT_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';

describe('isPlainPageRequest', () => {
  const req = (method: string, headers: Record<string, string> = {}) => ({ method, headers });
  it('takes plain GETs and HEADs, whatever else they accept', () => {
    expect(isPlainPageRequest(req('GET'))).toBe(true);
    expect(isPlainPageRequest(req('HEAD', { accept: 'text/html', 'accept-encoding': 'br', 'if-none-match': 'W/"x"' }))).toBe(
      true,
    );
  });
  it('leaves RSC, preview, cookie and other requests to Next', () => {
    const cases: Record<string, string>[] = [
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
      { 'next-url': '/x' },
      { 'x-nextjs-data': '1' },
      { 'x-prerender-revalidate': 'x' },
      { cookie: '__prerender_bypass=1' },
      { authorization: 'Basic eA==' },
    ];
    for (const headers of cases) {
      expect(isPlainPageRequest(req('GET', headers)), JSON.stringify(headers)).toBe(false);
    }
    expect(isPlainPageRequest(req('POST'))).toBe(false);
  });
});

describe('sharedSeconds', () => {
  it('reads s-maxage, in any case and order', () => {
    expect(sharedSeconds(SHARED)).toBe(300);
    expect(sharedSeconds('public, S-MAXAGE=60')).toBe(60);
  });
  it('is 0 when the response is not for sharing or says nothing usable', () => {
    for (const value of [
      undefined,
      '',
      'max-age=60',
      's-maxage=0',
      's-maxage=abc',
      's-maxage=1.5',
      'private, s-maxage=60',
      's-maxage=60, no-store',
      'no-cache, s-maxage=60',
      'private, no-cache, no-store, max-age=0, must-revalidate',
    ]) {
      expect(sharedSeconds(value), String(value)).toBe(0);
    }
  });
});

describe('pageCacheSeconds', () => {
  it('is the default when unset, the number when valid', () => {
    const warn = vi.fn();
    expect(pageCacheSeconds({}, warn)).toBe(10);
    expect(pageCacheSeconds({ PAGE_CACHE_SECONDS: '0' }, warn)).toBe(0);
    expect(pageCacheSeconds({ PAGE_CACHE_SECONDS: '300' }, warn)).toBe(300);
    expect(warn).not.toHaveBeenCalled();
  });
  it('warns naming the variable and its value, and keeps the default, for anything else', () => {
    for (const raw of ['-1', '301', '1.5', 'ten', '1e2']) {
      const warn = vi.fn();
      expect(pageCacheSeconds({ PAGE_CACHE_SECONDS: raw }, warn)).toBe(10);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`PAGE_CACHE_SECONDS="${raw}"`));
    }
  });
});

describe('createPageCache in server.mjs order (compression, finishPageResponses, replay, capture)', () => {
  type Handler = (res: ServerResponse) => void;
  const html =
    (cacheControl: string, extra: Record<string, string> = {}): Handler =>
    (res) => {
      res.setHeader('Cache-Control', cacheControl);
      res.setHeader('Vary', NEXT_VARY);
      res.setHeader('x-nextjs-cache', 'HIT');
      for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(PAGE);
    };
  const handlers: Record<string, Handler> = {
    '/page': html(SHARED),
    '/page?x=1': html(SHARED),
    '/short': html('s-maxage=2'),
    '/dynamic': html('private, no-cache, no-store, max-age=0, must-revalidate'),
    '/cookie': html(SHARED, { 'Set-Cookie': 'a=1' }),
    '/by-language': html(SHARED, { Vary: 'Accept-Language' }),
    '/json': (res) => {
      res.setHeader('Cache-Control', SHARED);
      res.setHeader('Content-Type', 'application/json');
      res.end('{}');
    },
    '/gone': (res) => {
      res.statusCode = 404;
      res.setHeader('Cache-Control', SHARED);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(PAGE);
    },
  };
  const calls: string[] = [];
  let clock = 1_000_000;
  const bodies = createBodyCache();
  let pages = createPageCache({ seconds: 10, now: () => clock });
  let server: LocalServer;
  let base = '';
  beforeAll(async () => {
    server = await listenLocal(
      asServerMjs(bodies, (req, res) => {
        if (pages.replay(req, res)) return;
        pages.capture(req, res);
        calls.push(req.url ?? '');
        handlers[req.url ?? '']?.(res);
      }),
    );
    base = server.base;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    calls.length = 0;
    pages = createPageCache({ seconds: 10, limit: 3, now: () => clock });
  });

  const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${base}${target}`, { headers: { 'Accept-Encoding': 'identity', ...headers }, method });

  it('answers a second read from the cache: same page, headers and ETag, with its Age', async () => {
    const first = await get('/page');
    clock += 3_500;
    const second = await get('/page');
    expect(calls).toEqual(['/page']);
    expect(await second.text()).toBe(await first.text());
    for (const name of ['cache-control', 'content-type', 'vary', 'x-nextjs-cache', 'etag']) {
      expect(second.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(second.headers.get('etag')).toBe(etagOf(PAGE));
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).toBe('3');
  });

  it('replays through the ETag and encodings: 304 to If-None-Match, gzip when asked', async () => {
    await get('/page');
    const notModified = await get('/page', { 'If-None-Match': etagOf(PAGE) });
    expect(notModified.status).toBe(304);
    const gzipped = await get('/page', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe(PAGE);
    const head = await get('/page', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(calls).toEqual(['/page']);
  });

  it('keeps a page for its own s-maxage when that is shorter, and never past its lifetime', async () => {
    await get('/short');
    clock += 1_999;
    await get('/short');
    clock += 1;
    await get('/short');
    expect(calls).toEqual(['/short', '/short']);
    await get('/page');
    clock += 10_000;
    await get('/page');
    expect(calls).toEqual(['/short', '/short', '/page', '/page']);
  });

  it('keys by path and query', async () => {
    await get('/page');
    await get('/page?x=1');
    await get('/page?x=1');
    expect(calls).toEqual(['/page', '/page?x=1']);
  });

  it('keeps nothing private, cookied, varied otherwise, non-HTML or non-200', async () => {
    for (const path of ['/dynamic', '/cookie', '/by-language', '/json', '/gone']) {
      await get(path);
      await get(path);
    }
    expect(calls).toEqual([
      '/dynamic',
      '/dynamic',
      '/cookie',
      '/cookie',
      '/by-language',
      '/by-language',
      '/json',
      '/json',
      '/gone',
      '/gone',
    ]);
    expect(pages.size).toBe(0);
  });

  it('neither keeps nor replays for RSC, cookie or HEAD requests', async () => {
    await get('/page', { rsc: '1' });
    await get('/page', { Cookie: 'a=1' });
    await get('/page', {}, 'HEAD');
    expect(pages.size).toBe(0);
    await get('/page');
    await get('/page', { rsc: '1' });
    await get('/page', { Cookie: 'a=1' });
    expect(calls).toEqual(['/page', '/page', '/page', '/page', '/page', '/page']);
  });

  it('holds at most `limit` pages, dropping the least recently read', async () => {
    for (const q of ['a', 'b', 'c']) {
      handlers[`/page?${q}`] = handlers['/page'];
      await get(`/page?${q}`);
    }
    await get('/page?a');
    handlers['/page?d'] = handlers['/page'];
    await get('/page?d');
    expect(pages.size).toBe(3);
    calls.length = 0;
    await get('/page?a');
    await get('/page?b');
    expect(calls).toEqual(['/page?b']);
  });

  it('holds at most `budget` characters of pages, and never a page bigger than that', async () => {
    pages = createPageCache({ seconds: 10, budget: PAGE.length * 2, now: () => clock });
    for (const q of ['e', 'f', 'g']) {
      handlers[`/page?${q}`] = handlers['/page'];
      await get(`/page?${q}`);
    }
    expect(pages.size).toBe(2);
    expect(pages.chars).toBe(PAGE.length * 2);
    calls.length = 0;
    await get('/page?g');
    await get('/page?e');
    expect(calls).toEqual(['/page?e']);
    pages = createPageCache({ seconds: 10, budget: PAGE.length - 1, now: () => clock });
    await get('/page');
    expect(pages.size).toBe(0);
    expect(pages.chars).toBe(0);
  });

  it('is off at 0 seconds', async () => {
    pages = createPageCache({ seconds: 0, now: () => clock });
    await get('/page');
    await get('/page');
    expect(calls).toEqual(['/page', '/page']);
  });
});
