import type { CacheCheck } from './cache-control';
import type { LighthouseSample } from './lighthouse';
import { APPS, kb, LIGHTHOUSE_PAGES, markdownTable, summarizeLighthouse, summarizeLoad, type Results } from './report';
import { COMPARED } from './pages';
import type { Size } from './weight';

/** The detail tables printed under the verdicts: what each page carries, Lighthouse metrics, caching. */
const both = (s: Size) => `${kb(s.raw)} / ${kb(s.gzip)}`;

export function weightTable(r: Results): string {
  const rows = COMPARED.flatMap((page) =>
    APPS.map((app) => {
      const w = r.weight[app][page];
      return [
        page,
        app,
        both(w.html),
        String(w.js.files.length),
        both(w.js),
        both(w.css),
        both(w.rscInline),
        both(w.rscFetch),
        both(w.otherInlineScripts),
      ];
    }),
  );
  return markdownTable(
    ['page', 'app', 'HTML', 'scripts', 'JS', 'CSS', 'RSC inline', 'RSC fetch', 'other inline JS'],
    rows,
    'llrrrrrrr',
  );
}

export function lighthouseTable(r: Results): string {
  if (!r.lighthouse) return '(Lighthouse skipped)';
  const lh = r.lighthouse;
  const rows = LIGHTHOUSE_PAGES.flatMap((page) =>
    APPS.map((app) => {
      const m = summarizeLighthouse(lh[app][page]);
      const runs = lh[app][page].map((s) => s.score).join(', ');
      return [
        page,
        app,
        `${m.score} (${runs})`,
        m.fcpMs.toFixed(0),
        m.lcpMs.toFixed(0),
        m.tbtMs.toFixed(0),
        m.cls.toFixed(3),
        m.siMs.toFixed(0),
        m.paintMs.toFixed(0),
        `${m.documentBlockingMs.toFixed(0)} / ${m.scriptBlockingMs.toFixed(0)}`,
      ];
    }),
  );
  return markdownTable(
    ['page', 'app', 'score (runs)', 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'CLS', 'SI (ms)', 'paint (ms)', 'TBT: page / scripts'],
    rows,
    'llrrrrrrrr',
  );
}

export function cacheTable(checks: readonly CacheCheck[]): string {
  return markdownTable(
    ['page', 'path', 'status', 'Cache-Control', ''],
    checks.map((c) => [
      c.name,
      `\`${decodeURI(c.path)}\``,
      String(c.status),
      c.cacheControl ?? '(none)',
      c.cacheable ? 'cacheable' : '**not cacheable**',
    ]),
    'llrll',
  );
}

/** The earlier commit against this one and the plain app, page by page, from the same run (`--before`). */
export function beforeTable(r: Results): string {
  const before = r.before;
  if (!before) return '';
  const rows = COMPARED.map((page) => {
    const [b, a, p] = [summarizeLoad(before.load[page]), summarizeLoad(r.load.site[page]), summarizeLoad(r.load.plain[page])];
    const lh = (samples?: readonly LighthouseSample[]) => (samples ? String(summarizeLighthouse(samples).score) : '–');
    const lhPage = (LIGHTHOUSE_PAGES as readonly string[]).includes(page) ? (page as (typeof LIGHTHOUSE_PAGES)[number]) : null;
    return [
      page,
      `${b.rps.toFixed(0)} → ${a.rps.toFixed(0)}`,
      `${(b.rps / p.rps).toFixed(2)}× → ${(a.rps / p.rps).toFixed(2)}×`,
      `${b.p99.toFixed(0)} → ${a.p99.toFixed(0)}`,
      `${kb(before.weight[page].html.gzip)} → ${kb(r.weight.site[page].html.gzip)}`,
      `${kb(before.weight[page].html.raw)} → ${kb(r.weight.site[page].html.raw)}`,
      lhPage && r.lighthouse ? `${lh(before.lighthouse?.[lhPage])} → ${lh(r.lighthouse.site[lhPage])}` : '–',
    ];
  });
  return markdownTable(
    ['page', 'req/s', '× plain', 'p99 (ms)', 'HTML gzip (KB)', 'HTML raw (KB)', 'Lighthouse'],
    rows,
    'lrrrrrr',
  );
}
