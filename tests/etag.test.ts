import { ServerResponse, type RequestListener } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBodyCache } from '../lib/http/body-cache.mjs';
import { encodeBody } from '../lib/http/encoding.mjs';
import { etagOf, noneMatch } from '../lib/http/etag.mjs';
import { rawRequest } from './helpers/http';
import { asServerMjs, listenLocal, type LocalServer } from './helpers/local-server';

const PAGE = '<!DOCTYPE html><p>上城区：强基赋能 凝“新”聚力</p>'.repeat(80);

describe('etagOf', () => {
  it('is a weak tag that changes with the body, by characters as UTF-8', () => {
    expect(etagOf(PAGE)).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf(PAGE)).toBe(etagOf(Buffer.from(PAGE)));
    expect(etagOf(PAGE)).not.toBe(etagOf(PAGE.replace('强', '弱')));
  });
});

describe('noneMatch', () => {
  const tag = 'W/"abc"';
  it('compares weakly, in lists, and takes * as any', () => {
    expect(noneMatch('W/"abc"', tag)).toBe(true);
    expect(noneMatch('"abc"', tag)).toBe(true);
    expect(noneMatch('"x", W/"abc"', tag)).toBe(true);
    expect(noneMatch(' * ', tag)).toBe(true);
  });
  it('never matches missing, empty, other or malformed headers', () => {
    for (const header of [undefined, '', '"abd"', 'abc', 'W/"ab"', ',,,', 'W/']) expect(noneMatch(header, tag)).toBe(false);
  });
});

describe('finishPageResponses behind compression, as server.mjs runs it', () => {
  const handlers: Record<string, RequestListener> = {
    '/page': (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(PAGE));
      res.end(PAGE);
    },
    // The page again, with the Vary header Next would have set (sent in x-vary).
    '/varied': (req, res) => {
      if (typeof req.headers['x-vary'] === 'string') res.setHeader('Vary', req.headers['x-vary']);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(PAGE);
    },
    '/streamed': (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write(PAGE);
      res.end();
    },
    '/missing': (_req, res) => {
      res.statusCode = 404;
      res.end('not here');
    },
  };
  const bodies = createBodyCache();
  let server: LocalServer;
  let base = '';
  beforeAll(async () => {
    server = await listenLocal(asServerMjs(bodies, (req, res) => handlers[req.url ?? '']?.(req, res)));
    base = server.base;
  });
  afterAll(() => server.close());

  const raw = (target: string, headers: Record<string, string>, method = 'GET') =>
    rawRequest(`${base}${target}`, { headers, method });

  it('tags a whole body, identity and gzip alike, and answers 304 to a matching If-None-Match', async () => {
    const plain = await fetch(`${base}/page`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('etag')).toBe(etagOf(PAGE));
    expect(await plain.text()).toBe(PAGE);

    const zipped = await raw('/page', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(etagOf(PAGE));
    expect(gunzipSync(zipped.bytes).toString()).toBe(PAGE);

    const again = await fetch(`${base}/page`, { headers: { 'If-None-Match': etagOf(PAGE) } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etagOf(PAGE));
    expect(again.headers.get('content-length')).toBeNull();
    expect(await again.text()).toBe('');

    const stale = await fetch(`${base}/page`, { headers: { 'If-None-Match': 'W/"old"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(PAGE);
  });

  it('sends a page read twice as its stored Brotli or gzip, whole, with its length', async () => {
    const stored = await encodeBody(PAGE);
    // The first tests above have asked for /page several times; the encodings are made off-thread.
    await vi.waitFor(() => expect(bodies(PAGE).encoded).toBeDefined());
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0.5, gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await raw('/page', { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-length']).toBe(String(stored[encoding].length));
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers.etag).toBe(etagOf(PAGE));
      expect(decode(res.bytes).toString()).toBe(PAGE);
    }
    // Accept-Encoding joins whatever Vary the page had, once, whatever its case; * stays *.
    for (const [before, after] of [
      [undefined, 'Accept-Encoding'],
      ['rsc', 'rsc, Accept-Encoding'],
      ['rsc, accept-encoding', 'rsc, accept-encoding'],
      ['*', '*'],
    ] as const) {
      const res = await raw('/varied', { 'Accept-Encoding': 'br', ...(before === undefined ? {} : { 'x-vary': before }) });
      expect(res.headers['content-length']).toBe(String(stored.br.length));
      expect(res.headers.vary).toBe(after);
    }
    // Unencoded, the stored UTF-8 bytes go out (not the string again), with their length.
    const identity = await raw('/page', { 'Accept-Encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)));
    expect(identity.bytes.toString()).toBe(PAGE);
    const sent = vi.spyOn(ServerResponse.prototype, 'end');
    await raw('/page', {});
    expect(sent.mock.calls.some(([chunk]) => Buffer.isBuffer(chunk) && chunk === bodies(PAGE).bytes)).toBe(true);
    sent.mockRestore();
    const head = await raw('/page', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.bytes.length).toBe(0);
  });

  it('leaves streamed bodies and errors untagged', async () => {
    const streamed = await fetch(`${base}/streamed`);
    expect(streamed.headers.get('etag')).toBeNull();
    expect(await streamed.text()).toBe(PAGE);
    const missing = await fetch(`${base}/missing`, { headers: { 'If-None-Match': '*' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });
});
