// The pure parts of `npm run bench:pages`: medians, HTML inspection, the verdicts against the
// issue's targets and the choice of pages. Timings themselves are not tested.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intOption, parseArgs, UsageError } from '../scripts/lib/cli/args';
import { loadContent } from '../lib/content/load';
import { cities } from '../lib/places/gazetteer';
import type { LoadSample } from '../scripts/bench/autocannon';
import { median } from '../scripts/bench/stats';
import { isCacheable } from '../scripts/bench-pages/cache-control';
import { pageParts } from '../scripts/bench-pages/html';
import { blockingByOrigin, blockingMs } from '../scripts/bench-pages/blocking';
import { readReport, type LighthouseSample } from '../scripts/bench-pages/lighthouse';
import { pickPages } from '../scripts/bench-pages/pages';
import { CITY_SLUGS } from '../scripts/bench-pages/plain-app/content';
import { roundRatios, roundScoreDiffs, verdicts, verdictTable, type Results } from '../scripts/bench-pages/report';
import { beforeTable } from '../scripts/bench-pages/tables';
import type { PageWeight } from '../scripts/bench-pages/weight';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNaN();
  });
});

describe('intOption', () => {
  const opt = (argv: string[]) => intOption(parseArgs(argv), 'rounds', { min: 1, max: 100_000 }) ?? 3;
  it('reads a whole number, or the fallback when absent', () => {
    expect(opt(['--rounds', '5'])).toBe(5);
    expect(opt([])).toBe(3);
  });
  it('names the option when the value is not a whole number at least the minimum', () => {
    expect(() => opt(['--rounds', '0'])).toThrow(UsageError);
    expect(() => opt(['--rounds', '2.5'])).toThrow(/--rounds.*2\.5/);
  });
});

describe('pageParts', () => {
  const html =
    '<html><head><link rel="stylesheet" href="/a.css?v=1&amp;x=2" data-precedence="next"/>' +
    '<link rel="preload" as="script" href="/c.js"/><script src="/b.js" async=""></script>' +
    '<script src="/poly.js" noModule=""></script><script>boot()</script></head><body>' +
    '<script src="/b.js" async=""></script><script src="/c.js" async=""></script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script>' +
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>';
  const parts = pageParts(html);
  it('lists each loaded script once and leaves out noModule ones', () => {
    expect(parts.scripts).toEqual(['/b.js', '/c.js']);
  });
  it('lists stylesheets with entities decoded, not preloads', () => {
    expect(parts.stylesheets).toEqual(['/a.css?v=1&x=2']);
  });
  it('separates the inline RSC payload from other inline scripts', () => {
    expect(parts.flight).toBe('(self.__next_f=self.__next_f||[]).push([0])self.__next_f.push([1,"x"])');
    expect(parts.otherInline).toBe('boot(){"@type":"NewsArticle"}');
  });
});

describe('isCacheable', () => {
  it('accepts shared-cache and revalidating headers', () => {
    expect(isCacheable('s-maxage=31536000')).toBe(true);
    expect(isCacheable('s-maxage=3600, stale-while-revalidate=31532400')).toBe(true);
  });
  it('rejects no-store, private and a missing header', () => {
    expect(isCacheable('private, no-cache, no-store, max-age=0, must-revalidate')).toBe(false);
    expect(isCacheable('Private, max-age=60')).toBe(false);
    expect(isCacheable(null)).toBe(false);
  });
});

describe('readReport', () => {
  const metric = (v: number) => ({ numericValue: v });
  const report = (score: number | null, runtimeError?: { code: string; message: string }) =>
    JSON.stringify({
      lighthouseVersion: '12.2.3',
      ...(runtimeError ? { runtimeError } : {}),
      categories: { performance: { score } },
      audits: {
        'first-contentful-paint': metric(900),
        'largest-contentful-paint': metric(1800),
        'total-blocking-time': metric(120),
        'cumulative-layout-shift': metric(0.01),
        'speed-index': metric(1500),
        interactive: metric(2000),
        metrics: { details: { items: [{ observedLargestContentfulPaint: 180, observedFirstPaint: 150 }] } },
        'long-tasks': {
          details: {
            items: [
              { url: 'http://x/_next/static/chunks/a.js', startTime: 1850, duration: 170 },
              { url: 'http://x/', startTime: 800, duration: 160 },
              { url: 'Unattributable', startTime: 1000, duration: 90 },
            ],
          },
        },
      },
    });
  it('turns the score into 0–100 and keeps the metrics, the unthrottled paint and who blocked', () => {
    expect(readReport('http://x/', report(0.917))).toEqual({
      score: 92,
      fcpMs: 900,
      lcpMs: 1800,
      tbtMs: 120,
      cls: 0.01,
      siMs: 1500,
      paintMs: 180,
      // The document's task runs 800–960: 60 ms of it after FCP, 10 past the threshold. The
      // script's runs 1850–2020, cut at TTI (2000): 150 ms, 100 past it.
      documentBlockingMs: 10,
      scriptBlockingMs: 100,
    });
  });
  it('fails naming the URL when Lighthouse could not score the page', () => {
    expect(() => readReport('http://x/a', report(null, { code: 'NO_FCP', message: 'no paint' }))).toThrow(
      /http:\/\/x\/a.*no paint/,
    );
  });
});

describe('blocking', () => {
  const window = { fcpMs: 1000, ttiMs: 3000 };
  it('counts a task past 50 ms only between FCP and TTI', () => {
    expect(blockingMs({ url: 'u', startTime: 1200, duration: 80 }, window)).toBe(30);
    expect(blockingMs({ url: 'u', startTime: 1200, duration: 50 }, window)).toBe(0);
    expect(blockingMs({ url: 'u', startTime: 900, duration: 140 }, window)).toBe(0);
    expect(blockingMs({ url: 'u', startTime: 900, duration: 200 }, window)).toBe(50);
    expect(blockingMs({ url: 'u', startTime: 2900, duration: 300 }, window)).toBe(50);
    expect(blockingMs({ url: 'u', startTime: 3100, duration: 300 }, window)).toBe(0);
  });
  it("adds up the document's tasks and the scripts' apart, and leaves out unattributed ones", () => {
    const tasks = [
      { url: 'http://x/a', startTime: 1100, duration: 70 },
      { url: 'http://x/a', startTime: 1300, duration: 60 },
      { url: 'http://x/s.js', startTime: 2000, duration: 180 },
      { url: 'Unattributable', startTime: 1500, duration: 120 },
    ];
    expect(blockingByOrigin(tasks, { documentUrl: 'http://x/a', ...window })).toEqual({ documentMs: 30, scriptsMs: 130 });
    expect(blockingByOrigin([], { documentUrl: 'http://x/a', ...window })).toEqual({ documentMs: 0, scriptsMs: 0 });
  });
});

describe('verdicts', () => {
  const load = (rps: number, errors = 0): LoadSample[] =>
    [rps - 10, rps, rps + 50].map((r) => ({ rps: r, p99: 5, errors, non2xx: 0 }));
  const size = (gzip: number) => ({ raw: gzip * 4, gzip });
  const weight = (htmlGzip: number, jsGzip: number): PageWeight => ({
    html: size(htmlGzip),
    js: { ...size(jsGzip), files: [] },
    css: { ...size(2000), files: [] },
    rscInline: size(3000),
    rscFetch: size(2900),
    otherInlineScripts: size(100),
  });
  const lh = (score: number): LighthouseSample[] =>
    [score - 5, score, score + 1].map((s) => ({
      score: s,
      fcpMs: 1,
      lcpMs: 1,
      tbtMs: 1,
      cls: 0,
      siMs: 1,
      paintMs: 1,
      documentBlockingMs: 0,
      scriptBlockingMs: 0,
    }));
  const results = (over: Partial<Results> = {}): Results => ({
    load: {
      site: { article: load(800), home: load(700), city: load(599) },
      plain: { article: load(1000), home: load(1000), city: load(1000) },
    },
    weight: {
      site: { article: weight(8 * 1024, 110_000), home: weight(10 * 1024 + 1, 100_000), city: weight(20_000, 100_000) },
      plain: { article: weight(3000, 100_000), home: weight(5000, 100_000), city: weight(4000, 100_000) },
    },
    lighthouse: { site: { article: lh(94), home: lh(96) }, plain: { article: lh(90), home: lh(95) } },
    cache: [
      { name: 'home', path: '/', status: 200, cacheControl: 's-maxage=60', cacheable: true },
      { name: 'archive day', path: '/archive/2023/12/28', status: 200, cacheControl: 'private, no-store', cacheable: false },
    ],
    ...over,
  });
  const byMetric = (r: Results) => new Map(verdicts(r).map((v) => [v.metric, v]));

  it('compares medians of req/s with the per-page ratio targets (inclusive)', () => {
    const v = byMetric(results());
    expect(v.get('article req/s')).toMatchObject({ site: '800', plain: '1000', ratio: '0.80×', pass: true });
    expect(v.get('home req/s')?.pass).toBe(true);
    expect(v.get('city req/s')).toMatchObject({ ratio: '0.60×', pass: false });
    expect(v.get('article p99 (ms)')?.pass).toBeNull();
  });
  it('holds HTML to the KB limits, JS to 1.1× the plain app', () => {
    const v = byMetric(results());
    expect(v.get('article HTML gzip (KB)')).toMatchObject({ site: '8.0', pass: true });
    expect(v.get('home HTML gzip (KB)')?.pass).toBe(false);
    expect(v.get('city HTML gzip (KB)')?.pass).toBeNull();
    expect(v.get('article JS gzip (KB)')?.pass).toBe(true);
  });
  it('wants Lighthouse at least the plain app, and 95 wherever the plain app reaches 95', () => {
    expect(byMetric(results()).get('article Lighthouse mobile')).toMatchObject({ site: '94', plain: '90', pass: true });
    expect(byMetric(results()).get('home Lighthouse mobile')?.pass).toBe(true);
    const below = results({ lighthouse: { site: { article: lh(94), home: lh(94) }, plain: { article: lh(90), home: lh(93) } } });
    expect(byMetric(below).get('home Lighthouse mobile')?.pass).toBe(true);
    const under95 = results({
      lighthouse: { site: { article: lh(94), home: lh(94) }, plain: { article: lh(90), home: lh(95) } },
    });
    expect(byMetric(under95).get('home Lighthouse mobile')?.pass).toBe(false);
    expect(byMetric(results({ lighthouse: null })).has('home Lighthouse mobile')).toBe(false);
  });
  it('fails on any error and on any page that is not cacheable', () => {
    const v = byMetric(results());
    expect(v.get('errors + non-2xx')).toMatchObject({ site: '0', pass: true });
    expect(v.get('cacheable Cache-Control')).toMatchObject({ site: '1/2', pass: false });
    const failing = results({ load: { ...results().load, site: { article: load(800, 2), home: load(700), city: load(700) } } });
    expect(byMetric(failing).get('errors + non-2xx')).toMatchObject({ site: '6', pass: false });
  });
  it('sets an earlier commit measured in the same run against this one, page by page', () => {
    expect(beforeTable(results())).toBe('');
    const before = {
      load: { article: load(400), home: load(100), city: load(300) },
      weight: { article: weight(12 * 1024, 100_000), home: weight(15 * 1024, 100_000), city: weight(9 * 1024, 100_000) },
      lighthouse: { article: lh(80), home: lh(70) },
    };
    const lines = beforeTable(results({ before })).split('\n');
    expect(lines[0]).toBe('| page | req/s | × plain | p99 (ms) | HTML gzip (KB) | HTML raw (KB) | Lighthouse |');
    expect(lines).toContain('| article | 400 → 800 | 0.40× → 0.80× | 5 → 5 | 12.0 → 8.0 | 48.0 → 32.0 | 80 → 94 |');
    expect(lines).toContain('| city | 300 → 599 | 0.30× → 0.60× | 5 → 5 | 9.0 → 19.5 | 36.0 → 78.1 | – |');
  });
  it('gives the ratio of each round, the apps paired in the order they ran', () => {
    expect(roundRatios(results()).article).toEqual([790 / 990, 800 / 1000, 850 / 1050]);
  });
  it('pairs Lighthouse scores by round: site minus plain, in the order they ran', () => {
    const site = { article: lh(94), home: lh(96) };
    const plain = { article: lh(90), home: [97, 95, 93].map((score) => ({ ...lh(0)[0], score })) };
    expect(roundScoreDiffs(results({ lighthouse: { site, plain } }))).toEqual({ article: [4, 4, 4], home: [-6, 1, 4] });
    expect(roundScoreDiffs(results({ lighthouse: null }))).toBeNull();
  });
  it('prints a Markdown table with a row per verdict', () => {
    const rows = verdicts(results());
    const lines = verdictTable(rows).split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toBe('| --- | ---: | ---: | ---: | --- | --- |');
    expect(lines).toContain('| city req/s | 599 | 1000 | 0.60× | ≥ 0.6× | **FAIL** |');
  });
});

describe('pages and the plain app', () => {
  const content = loadContent(fileURLToPath(new URL('../content', import.meta.url)));
  it('picks the first article of the latest edition, its city, and list pages from the content', () => {
    const pages = pickPages(content);
    const first = content.articles.find((a) => a.date === content.articles[0].date && a.order === 1);
    expect(pages.compared).toEqual({ article: first?.url, home: '/', city: `/cities/${first?.locations[0].citySlug}` });
    expect(pages.cacheable).toMatchObject({
      home: '/',
      archive: '/archive',
      'archive day': '/archive/2023/12/28',
      series: '/series/chuangxin-jiceng-zhili',
    });
  });
  it('the plain app uses the site’s city slugs, so both answer the same URLs', () => {
    expect(CITY_SLUGS).toEqual(Object.fromEntries(cities.map((c) => [c.name, c.slug])));
  });
});
