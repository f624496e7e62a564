// Sitemap protocol (sitemaps.org 0.9): pure planning and rendering, no framework, no clock.
import { z } from 'zod';
import { IsoDateSchema } from '../content/schema';
import { escapeXml, textElement } from '../feeds/xml';

/** The protocol's cap per file; a larger site needs a sitemap index pointing at several files. */
export const SITEMAP_MAX_URLS = 50_000;

export const SitemapEntrySchema = z.object({
  loc: z.url(),
  /** Date of the newest content on the page; omitted when there is none (an empty city). */
  lastmod: IsoDateSchema.optional(),
});
export type SitemapEntry = z.infer<typeof SitemapEntrySchema>;

export const SitemapChunkSchema = z.object({
  /** 1-based file number. */
  n: z.number().int().positive(),
  /** Absolute URL the file is served at. */
  loc: z.url(),
  lastmod: IsoDateSchema.optional(),
  entries: z.array(SitemapEntrySchema),
});
export type SitemapChunk = z.infer<typeof SitemapChunkSchema>;

/**
 * What to serve: with `index` null the site fits one file, served at `rootUrl` (chunks[0]);
 * otherwise `rootUrl` serves an index of the chunks, each at `chunkUrl(n)`.
 */
export type SitemapPlan = { index: SitemapEntry[] | null; chunks: SitemapChunk[] };

export type PlanOptions = {
  rootUrl: string;
  chunkUrl: (n: number) => string;
  maxUrls?: number;
};

const newest = (entries: readonly SitemapEntry[]) =>
  entries.reduce<string | undefined>((max, e) => (e.lastmod && (!max || e.lastmod > max) ? e.lastmod : max), undefined);

export function planSitemap(
  entries: readonly SitemapEntry[],
  { rootUrl, chunkUrl, maxUrls = SITEMAP_MAX_URLS }: PlanOptions,
): SitemapPlan {
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > SITEMAP_MAX_URLS) {
    throw new RangeError(`maxUrls must be an integer from 1 to ${SITEMAP_MAX_URLS}`);
  }
  if (entries.length <= maxUrls) {
    return { index: null, chunks: [{ n: 1, loc: rootUrl, lastmod: newest(entries), entries: [...entries] }] };
  }
  const chunks: SitemapChunk[] = [];
  for (let start = 0, n = 1; start < entries.length; start += maxUrls, n++) {
    const slice = entries.slice(start, start + maxUrls);
    chunks.push({ n, loc: chunkUrl(n), lastmod: newest(slice), entries: slice });
  }
  return { index: chunks.map(({ loc, lastmod }) => ({ loc, lastmod })), chunks };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function renderRef(tag: 'url' | 'sitemap', e: SitemapEntry): string {
  const lastmod = e.lastmod ? textElement('lastmod', e.lastmod) : '';
  return `<${tag}>${textElement('loc', e.loc)}${lastmod}</${tag}>`;
}

export function renderUrlset(entries: readonly SitemapEntry[]): string {
  return [XML_DECLARATION, `<urlset xmlns="${escapeXml(NS)}">`, ...entries.map((e) => renderRef('url', e)), '</urlset>', ''].join(
    '\n',
  );
}

export function renderSitemapIndex(sitemaps: readonly SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${escapeXml(NS)}">`,
    ...sitemaps.map((e) => renderRef('sitemap', e)),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** The document served at the root sitemap URL: the only urlset, or the index. */
export const renderRoot = (plan: SitemapPlan) =>
  plan.index ? renderSitemapIndex(plan.index) : renderUrlset(plan.chunks[0].entries);

/** The document for chunk `n` of an index plan; undefined when there is no such file (a 404). */
export function renderChunk(plan: SitemapPlan, n: number): string | undefined {
  if (!plan.index) return undefined;
  const chunk = plan.chunks.find((c) => c.n === n);
  return chunk && renderUrlset(chunk.entries);
}

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';
