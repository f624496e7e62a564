import compression from 'compression';
import { createServer, get, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTagCache, etagOf, noneMatch, tagResponses } from '../lib/http/etag.mjs';

const PAGE = '<!DOCTYPE html><p>上城区：强基赋能 凝“新”聚力</p>'.repeat(80);

describe('etagOf', () => {
  it('is a weak tag that changes with the body, by characters as UTF-8', () => {
    expect(etagOf(PAGE)).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf(PAGE)).toBe(etagOf(Buffer.from(PAGE)));
    expect(etagOf(PAGE)).not.toBe(etagOf(PAGE.replace('强', '弱')));
  });
});

describe('createTagCache', () => {
  it('hashes a body once while it stays among the most recently tagged, and never hands out another body’s tag', () => {
    const hashed: string[] = [];
    const tagOf = createTagCache({ limit: 2, tagOf: (body) => (hashed.push(body), etagOf(body)) });
    // Bodies equal in content but built separately hit the cache too (Next may build a new string per request).
    for (const body of ['a', 'b', ['a'].join(''), 'b', 'c', 'a']) expect(tagOf(body)).toBe(etagOf(body));
    // Hits move a body to the back; 'c' then pushed out 'a', the least recently used, so 'a' was hashed again.
    expect(hashed).toEqual(['a', 'b', 'c', 'a']);
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

describe('tagResponses behind compression, as server.mjs runs it', () => {
  const bodies: Record<string, RequestListener> = {
    '/page': (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(PAGE));
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
  const compress = compression();
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) =>
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
        tagResponses(req, res, { tagOf: createTagCache() });
        bodies[req.url ?? '']?.(req, res);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('tags a whole body, identity and gzip alike, and answers 304 to a matching If-None-Match', async () => {
    const plain = await fetch(`${base}/page`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('etag')).toBe(etagOf(PAGE));
    expect(await plain.text()).toBe(PAGE);

    // fetch would undo the gzip; node:http shows the bytes as sent.
    const zipped = await new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      get(`${base}/page`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on('data', (c: Buffer) => chunks.push(c))
          .on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
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

  it('leaves streamed bodies and errors untagged', async () => {
    const streamed = await fetch(`${base}/streamed`);
    expect(streamed.headers.get('etag')).toBeNull();
    expect(await streamed.text()).toBe(PAGE);
    const missing = await fetch(`${base}/missing`, { headers: { 'If-None-Match': '*' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });
});
