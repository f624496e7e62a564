import { describe, expect, it } from 'vitest';
import { catalog } from '../lib/content/catalog';
import { loadContent } from '../lib/content/load';
import { cities } from '../lib/places/gazetteer';
import { SITE_URL, absoluteUrl } from '../lib/site/config';
import {
  SITEMAP_MAX_URLS,
  planSitemap,
  renderChunk,
  renderRoot,
  renderSitemapIndex,
  renderUrlset,
  type SitemapEntry,
} from '../lib/sitemap/sitemap';
import { SITEMAP_PATH, siteSitemap, sitemapEntries } from '../lib/sitemap/site';
import { sitemapChunkPath } from '../lib/site/routes';
import { kids, parseXml, type XmlNode } from './helpers/xml';

const text = (n: XmlNode, name: string) => kids(n, name)[0]?.children.join('');

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const many = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    loc: `https://example.cn/articles/a${i}`,
    lastmod: i === n - 1 ? '2024-01-02' : '2023-12-28',
  }));
const opts = { rootUrl: 'https://example.cn/sitemap.xml', chunkUrl: (n: number) => `https://example.cn/sitemaps/${n}.xml` };

describe('sitemapEntries (real content)', () => {
  const content = loadContent();
  const entries = sitemapEntries(content);
  const locs = entries.map((e) => e.loc);

  it('has home, /cities, /authors, 11 cities, districts and authors with articles, series, articles and the archive by day', () => {
    const districtPairs = new Set(
      content.articles.flatMap((a) => a.locations.filter((l) => l.districtSlug).map((l) => `${l.citySlug}/${l.districtSlug}`)),
    );
    const authorNames = new Set(content.articles.flatMap((a) => a.authors));
    expect(districtPairs.size).toBe(13);
    expect(authorNames.size).toBe(23);
    const days = new Set(content.articles.map((a) => a.date));
    expect(entries).toHaveLength(
      3 + cities.length + districtPairs.size + authorNames.size + content.series.length + 1 + days.size + content.articles.length,
    );
    expect(entries).toHaveLength(3 + 11 + 13 + 23 + 1 + 1 + 1 + 14);
    expect(locs).toContain(absoluteUrl('/authors'));
    expect(locs).toContain(absoluteUrl('/archive/2023/12/28'));
  });

  it('uses absolute, unique URLs on the site origin', () => {
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE_URL}/`)).toBe(true);
      expect(() => new URL(loc)).not.toThrow();
    }
    expect(locs).toContain(absoluteUrl('/'));
    expect(locs).toContain(absoluteUrl('/cities/hangzhou/fuyang'));
    expect(locs).toContain(absoluteUrl('/cities/ningbo/qianwan'));
    expect(locs).toContain(absoluteUrl('/series/chuangxin-jiceng-zhili'));
    expect(locs).toContain(absoluteUrl('/articles/suimo-nianguan-fanghuo-xiaozai'));
    expect(locs).not.toContain(absoluteUrl('/cities/hangzhou/binjiang'));
  });

  it('percent-encodes author names', () => {
    const zhou = entries.find((e) => e.loc === `${SITE_URL}/authors/%E5%91%A8%E9%9D%99`);
    expect(zhou).toEqual({ loc: `${SITE_URL}/authors/%E5%91%A8%E9%9D%99`, lastmod: '2023-12-28' });
    expect(locs.some((l) => /[^\x21-\x7e]/.test(l))).toBe(false);
  });

  it('dates pages by their newest article, and an empty city has no lastmod', () => {
    expect(entries.find((e) => e.loc === absoluteUrl('/cities/hangzhou'))?.lastmod).toBe('2023-12-28');
    expect(entries.find((e) => e.loc === absoluteUrl('/cities/jiaxing'))).toEqual({ loc: absoluteUrl('/cities/jiaxing') });
  });

  it('renders the site as one urlset when under the limit', () => {
    const plan = siteSitemap(content);
    expect(plan.index).toBeNull();
    expect(plan.chunks).toHaveLength(1);
    expect(plan.chunks[0].loc).toBe(absoluteUrl(SITEMAP_PATH));
    const root = parseXml(renderRoot(plan));
    expect(root.name).toBe('urlset');
    expect(root.attrs.xmlns).toBe(NS);
    const urls = kids(root, 'url');
    expect(urls).toHaveLength(entries.length);
    expect(urls.map((u) => text(u, 'loc'))).toEqual(locs);
  });

  it('splits with chunk URLs under /sitemaps/ when told to', () => {
    const plan = siteSitemap(content, { maxUrls: 20 });
    expect(plan.chunks.map((c) => c.entries.length)).toEqual([20, 20, 20, entries.length - 60]);
    expect(plan.index?.map((s) => s.loc)).toEqual([1, 2, 3, 4].map((n) => absoluteUrl(sitemapChunkPath(n))));
  });

  it('gives no district a slug that a static route segment would shadow', () => {
    for (const c of cities) for (const d of c.districts) expect(['page', 'feed.xml']).not.toContain(d.slug);
    expect(catalog(content).byDistrict.size).toBe(13);
  });
});

describe('renderUrlset / renderSitemapIndex', () => {
  it('escapes & in URLs and omits a missing lastmod', () => {
    const xml = renderUrlset([
      { loc: 'https://example.cn/search?q=a&page=2', lastmod: '2023-12-28' },
      { loc: 'https://example.cn/x' },
    ]);
    expect(xml).toContain('<loc>https://example.cn/search?q=a&amp;page=2</loc>');
    const urls = kids(parseXml(xml), 'url');
    expect(text(urls[0], 'loc')).toBe('https://example.cn/search?q=a&page=2');
    expect(text(urls[0], 'lastmod')).toBe('2023-12-28');
    expect(kids(urls[1], 'lastmod')).toHaveLength(0);
  });

  it('renders an empty urlset and an index as valid XML', () => {
    expect(kids(parseXml(renderUrlset([])), 'url')).toHaveLength(0);
    const index = parseXml(renderSitemapIndex([{ loc: 'https://example.cn/sitemaps/1.xml', lastmod: '2023-12-28' }]));
    expect(index.name).toBe('sitemapindex');
    expect(index.attrs.xmlns).toBe(NS);
    expect(text(kids(index, 'sitemap')[0], 'loc')).toBe('https://example.cn/sitemaps/1.xml');
  });
});

describe('planSitemap chunking', () => {
  it(`keeps exactly ${SITEMAP_MAX_URLS} URLs in one file`, () => {
    const plan = planSitemap(many(SITEMAP_MAX_URLS), opts);
    expect(plan.index).toBeNull();
    expect(plan.chunks).toHaveLength(1);
    expect(plan.chunks[0]).toMatchObject({ n: 1, loc: opts.rootUrl, lastmod: '2024-01-02' });
    expect(renderChunk(plan, 1)).toBeUndefined();
    expect(renderRoot(plan).match(/<url>/g)).toHaveLength(SITEMAP_MAX_URLS);
  });

  it(`splits ${SITEMAP_MAX_URLS + 1} URLs into two files under an index`, () => {
    const entries = many(SITEMAP_MAX_URLS + 1);
    const plan = planSitemap(entries, opts);
    expect(plan.chunks.map((c) => c.entries.length)).toEqual([SITEMAP_MAX_URLS, 1]);
    expect(plan.chunks.map((c) => c.loc)).toEqual([opts.chunkUrl(1), opts.chunkUrl(2)]);
    expect(plan.index).toEqual([
      { loc: opts.chunkUrl(1), lastmod: '2023-12-28' },
      { loc: opts.chunkUrl(2), lastmod: '2024-01-02' },
    ]);
    const index = parseXml(renderRoot(plan));
    expect(index.name).toBe('sitemapindex');
    expect(kids(index, 'sitemap').map((s) => text(s, 'loc'))).toEqual([opts.chunkUrl(1), opts.chunkUrl(2)]);
    const second = parseXml(renderChunk(plan, 2)!);
    expect(kids(second, 'url').map((u) => text(u, 'loc'))).toEqual([entries[SITEMAP_MAX_URLS].loc]);
    expect(renderChunk(plan, 1)!.match(/<url>/g)).toHaveLength(SITEMAP_MAX_URLS);
    expect(renderChunk(plan, 3)).toBeUndefined();
    expect(renderChunk(plan, 0)).toBeUndefined();
  });

  it('loses and repeats no entry across chunks', () => {
    const entries = many(7);
    const plan = planSitemap(entries, { ...opts, maxUrls: 3 });
    expect(plan.chunks.map((c) => c.n)).toEqual([1, 2, 3]);
    expect(plan.chunks.flatMap((c) => c.entries)).toEqual(entries);
  });

  it('plans an empty site as one empty urlset', () => {
    const plan = planSitemap([], opts);
    expect(plan.index).toBeNull();
    expect(plan.chunks[0].lastmod).toBeUndefined();
    expect(kids(parseXml(renderRoot(plan)), 'url')).toHaveLength(0);
  });

  it('refuses a chunk size the protocol does not allow', () => {
    expect(() => planSitemap(many(2), { ...opts, maxUrls: SITEMAP_MAX_URLS + 1 })).toThrow(RangeError);
    expect(() => planSitemap(many(2), { ...opts, maxUrls: 0 })).toThrow(RangeError);
    expect(() => planSitemap(many(2), { ...opts, maxUrls: 1.5 })).toThrow(RangeError);
  });
});
