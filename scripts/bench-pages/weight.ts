import zlib from 'node:zlib';
import { pageParts } from './html';

/**
 * Page weight as a browser on a first visit gets it. Sizes are gzipped here with zlib level 6,
 * the level `next start` compresses responses with (the `compression` default), so static and
 * dynamic pages are measured alike whatever the server did.
 */
export type Size = { raw: number; gzip: number };
export type Asset = Size & { url: string };
export type PageWeight = {
  html: Size;
  js: Size & { files: Asset[] };
  css: Size & { files: Asset[] };
  /** Inline `self.__next_f.push` scripts in the HTML. */
  rscInline: Size;
  /** The response to the client-side navigation request for the page (`RSC: 1`). */
  rscFetch: Size;
  /** Other inline scripts in the HTML. */
  otherInlineScripts: Size;
};

export const sizeOf = (body: Buffer | string): Size => {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 6 }).length };
};

async function get(
  url: string,
  { headers = {}, type }: { headers?: Record<string, string>; type?: string } = {},
): Promise<Buffer> {
  const res = await fetch(url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const got = res.headers.get('content-type') ?? '';
  if (type && !got.startsWith(type)) throw new Error(`${url}: 应返回 ${type}，收到 ${got || '(无 Content-Type)'}`);
  return body;
}

async function assets(origin: string, urls: string[]): Promise<Size & { files: Asset[] }> {
  const files: Asset[] = [];
  for (const u of urls) {
    const url = new URL(u, origin).href;
    files.push({ url: u, ...sizeOf(await get(url)) });
  }
  return { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files };
}

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const html = await get(origin + path);
  const parts = pageParts(html.toString('utf8'));
  return {
    html: sizeOf(html),
    js: await assets(origin, parts.scripts),
    css: await assets(origin, parts.stylesheets),
    rscInline: sizeOf(parts.flight),
    rscFetch: sizeOf(await get(origin + path, { headers: { RSC: '1' }, type: 'text/x-component' })),
    otherInlineScripts: sizeOf(parts.otherInline),
  };
}
