import { request, type IncomingHttpHeaders } from 'node:http';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export async function get(path: string, init?: RequestInit) {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init });
  const raw = await res.text();
  // React separates adjacent text parts with <!-- -->; drop them so assertions read like the page.
  const body = raw.replaceAll('<!-- -->', '');
  return { status: res.status, headers: res.headers, body, raw };
}

/** Text content of the first match of a simple tag, e.g. <title>. */
export function tagText(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return m?.[1].replace(/<[^>]+>/g, '');
}

/** content of <meta property|name="…">. */
/** The text a reader sees: the markup with its tags (and React's `<!-- -->` separators) removed. */
export const visible = (html: string) => html.replace(/<[^>]+>/g, '');

export function meta(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta[^>]+(?:property|name)="${key.replace(/[:.]/g, '\\$&')}"[^>]*>`);
  const tag = re.exec(html)?.[0];
  return tag ? /content="([^"]*)"/.exec(tag)?.[1] : undefined;
}

/** Every JSON-LD block on the page, parsed. */
export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

/** The first JSON-LD block of a schema.org type, parsed; undefined when the page has none. */
export function jsonLdOf<T>(html: string, type: string): T | undefined {
  return jsonLd(html).find((x) => (x as { '@type'?: unknown })['@type'] === type) as T | undefined;
}

/** A page's BreadcrumbList as [position, name, path] rows. */
export function breadcrumbTrail(html: string): [number, string, string][] | undefined {
  const list = jsonLdOf<{ itemListElement: { position: number; name: string; item: string }[] }>(html, 'BreadcrumbList');
  return list?.itemListElement.map((i) => [i.position, i.name, new URL(i.item).pathname]);
}

export const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");

/**
 * Whether a page is the site's 404: the message in its HTML where Next rendered it there, or, for
 * 404s rendered on request (Next's error shell, drawn in the browser from the page's data), the
 * not-found fallback in that data. tests/e2e/polish.test.ts checks that a browser shows the message.
 */
export const isNotFoundPage = (html: string) =>
  /<h1[^>]*>页面不存在<\/h1>/.test(html) ||
  (html.includes('<html id="__next_error__">') && html.includes('NEXT_HTTP_ERROR_FALLBACK;404'));

/** A request through node:http, which shows a body's bytes as sent (fetch would undo their encoding). */
export function rawRequest(
  url: string,
  { headers = {}, method = 'GET' }: { headers?: Record<string, string>; method?: string } = {},
) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    request(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
