import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBodyCache } from '../lib/http/body-cache.mjs';
import { encodeBody, negotiateEncoding } from '../lib/http/encoding.mjs';
import { etagOf } from '../lib/http/etag.mjs';
import { createStaticFiles, serveStaticFile } from '../lib/http/static-files.mjs';
import { rawRequest } from './helpers/http';
import { listenLocal, type LocalServer } from './helpers/local-server';

const SCRIPT = 'self.__zj=function(){return "上城区：强基赋能 凝“新”聚力"};'.repeat(200);

describe('negotiateEncoding', () => {
  it('prefers Brotli, honours q-values, and falls back to identity', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.1, gzip;q=0.9')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    for (const header of [undefined, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', ['gzip']]) {
      expect(negotiateEncoding(header)).toBeUndefined();
    }
  });
});

describe('encodeBody', () => {
  it('makes both encodings of the same bytes, Brotli the smaller', async () => {
    const { br, gzip } = await encodeBody(SCRIPT);
    expect(brotliDecompressSync(br).toString()).toBe(SCRIPT);
    expect(gunzipSync(gzip).toString()).toBe(SCRIPT);
    expect(br.length).toBeLessThan(gzip.length);
  });
});

describe('createBodyCache', () => {
  it('hashes a body once while it stays among the most recent, and never hands out another body’s tag', () => {
    const hashed: string[] = [];
    const bodies = createBodyCache({
      limit: 2,
      tagOf: (body) => (hashed.push(body), etagOf(body)),
      encode: () => new Promise(() => {}),
    });
    // Bodies equal in content but built separately hit the cache too (Next may build a new string per request).
    for (const body of ['a', 'b', ['a'].join(''), 'b', 'c', 'a']) expect(bodies(body).tag).toBe(etagOf(body));
    // Hits move a body to the back; 'c' then pushed out 'a', the least recently used, so 'a' was hashed again.
    expect(hashed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps a body’s UTF-8 bytes and encodings from its second request on, made once, with the tag', async () => {
    const encoded: string[] = [];
    const bodies = createBodyCache({ encode: (body) => (encoded.push(body), encodeBody(body)) });
    expect(bodies(SCRIPT).encoded).toBeUndefined();
    expect(bodies(SCRIPT).bytes?.equals(Buffer.from(SCRIPT))).toBe(true);
    expect(encoded).toEqual([SCRIPT]);
    bodies(SCRIPT);
    expect(encoded).toEqual([SCRIPT]);
    await vi.waitFor(() => expect(bodies(SCRIPT).encoded).toBeDefined());
    expect(gunzipSync(bodies(SCRIPT).encoded!.gzip).toString()).toBe(SCRIPT);
  });

  it('leaves a body whose encoding failed to the middleware', async () => {
    let failed = false;
    const bodies = createBodyCache({ encode: () => Promise.reject(new Error('no memory')).finally(() => (failed = true)) });
    bodies('x');
    bodies('x');
    await vi.waitFor(() => expect(failed).toBe(true));
    expect(bodies('x').encoded).toBeUndefined();
  });
});

describe('serveStaticFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-static-'));
  fs.mkdirSync(path.join(dir, 'chunks'));
  fs.writeFileSync(path.join(dir, 'chunks', 'app.js'), SCRIPT);
  fs.writeFileSync(path.join(dir, 'chunks', 'icon.svg'), '<svg/>');
  let server: LocalServer;
  let base = '';
  beforeAll(async () => {
    const files = createStaticFiles(dir);
    await vi.waitFor(() => expect(files('chunks/app.js')).toBeDefined());
    server = await listenLocal((req, res) => {
      if (!serveStaticFile(req, res, files)) res.writeHead(299).end('next');
    });
    base = server.base;
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true });
    return server.close();
  });

  const raw = (target: string, headers: Record<string, string>, method = 'GET') =>
    rawRequest(`${base}${target}`, { headers, method });

  it('serves a script from memory in the encoding asked for, cached for a year', async () => {
    const br = await raw('/_next/static/chunks/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'application/javascript; charset=UTF-8',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
      'content-length': String(br.bytes.length),
    });
    expect(brotliDecompressSync(br.bytes).toString()).toBe(SCRIPT);
    const gz = await raw('/_next/static/chunks/app.js', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(gz.bytes).toString()).toBe(SCRIPT);
    const head = await raw('/_next/static/chunks/app.js', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-length']).toBe(gz.headers['content-length']);
    expect(head.bytes.length).toBe(0);
  });

  it('leaves identity, Range, queries, other types, unknown and escaping names to Next', async () => {
    for (const [target, headers] of [
      ['/_next/static/chunks/app.js', {}],
      ['/_next/static/chunks/app.js', { 'Accept-Encoding': 'identity' }],
      ['/_next/static/chunks/app.js', { 'Accept-Encoding': 'br', Range: 'bytes=0-9' }],
      ['/_next/static/chunks/app.js?v=1', { 'Accept-Encoding': 'br' }],
      ['/_next/static/chunks/icon.svg', { 'Accept-Encoding': 'br' }],
      ['/_next/static/chunks/none.js', { 'Accept-Encoding': 'br' }],
      ['/_next/static/chunks%2Fapp.js', { 'Accept-Encoding': 'br' }],
      ['/_next/static/..%2F..%2Fpackage.json', { 'Accept-Encoding': 'br' }],
      ['/chunks/app.js', { 'Accept-Encoding': 'br' }],
    ] as const) {
      const res = await raw(target, headers);
      expect(res.status, target).toBe(299);
    }
  });
});
