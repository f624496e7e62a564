import { median } from '../bench/stats';
import type { LoadSample } from '../bench/autocannon';
import type { Samples } from '../bench/interleave';
import type { CacheCheck } from './cache-control';
import type { LighthouseSample } from './lighthouse';
import type { ComparedPage } from './pages';
import type { PageWeight } from './weight';

/** Turns the samples of one run into medians and a table of verdicts against the targets. */
export const APPS = ['site', 'plain'] as const;
export type AppName = (typeof APPS)[number];
/** With `--before DIR`, a checkout of an earlier commit is measured in the same run as a third app. */
export type RunApp = AppName | 'before';
export const LIGHTHOUSE_PAGES = ['article', 'home'] as const;
export type LighthousePage = (typeof LIGHTHOUSE_PAGES)[number];

export const TARGETS = {
  rpsRatio: { article: 0.8, home: 0.7, city: 0.6 } as Record<ComparedPage, number>,
  htmlGzipKb: { article: 8, home: 10 } as Partial<Record<ComparedPage, number>>,
  jsRatio: 1.1,
  lighthouseFloor: 95,
};

export type LoadSummary = LoadSample;
export type LighthouseSummary = LighthouseSample;

export function summarizeLoad(samples: readonly LoadSample[]): LoadSummary {
  const sum = (f: (s: LoadSample) => number) => samples.reduce((t, s) => t + f(s), 0);
  return {
    rps: median(samples.map((s) => s.rps)),
    p99: median(samples.map((s) => s.p99)),
    errors: sum((s) => s.errors),
    non2xx: sum((s) => s.non2xx),
  };
}

export function summarizeLighthouse(samples: readonly LighthouseSample[]): LighthouseSummary {
  const m = (f: (s: LighthouseSample) => number) => median(samples.map(f));
  return {
    score: m((s) => s.score),
    fcpMs: m((s) => s.fcpMs),
    lcpMs: m((s) => s.lcpMs),
    tbtMs: m((s) => s.tbtMs),
    cls: m((s) => s.cls),
    siMs: m((s) => s.siMs),
    paintMs: m((s) => s.paintMs),
    documentBlockingMs: m((s) => s.documentBlockingMs),
    scriptBlockingMs: m((s) => s.scriptBlockingMs),
  };
}

export type Results = {
  load: Samples<AppName, ComparedPage, LoadSample>;
  weight: Record<AppName, Record<ComparedPage, PageWeight>>;
  lighthouse: Samples<AppName, LighthousePage, LighthouseSample> | null;
  cache: CacheCheck[];
  /** The earlier commit's figures, when one was measured alongside (`--before`). */
  before?: {
    load: Record<ComparedPage, LoadSample[]>;
    weight: Record<ComparedPage, PageWeight>;
    lighthouse: Record<LighthousePage, LighthouseSample[]> | null;
  };
};

/** One line of the verdict table; `pass` is null for figures reported without a target. */
export type Verdict = { metric: string; site: string; plain: string; ratio: string; target: string; pass: boolean | null };

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratioText = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');

function compare(
  metric: string,
  site: number,
  plain: number,
  fmt: (x: number) => string,
  target?: { text: string; pass: boolean },
): Verdict {
  return {
    metric,
    site: fmt(site),
    plain: fmt(plain),
    ratio: ratioText(site / plain),
    target: target?.text ?? '',
    pass: target?.pass ?? null,
  };
}

function loadRows(r: Results): Verdict[] {
  const rows: Verdict[] = [];
  for (const page of Object.keys(TARGETS.rpsRatio) as ComparedPage[]) {
    const site = summarizeLoad(r.load.site[page]);
    const plain = summarizeLoad(r.load.plain[page]);
    const min = TARGETS.rpsRatio[page];
    rows.push(
      compare(`${page} req/s`, site.rps, plain.rps, (x) => x.toFixed(0), {
        text: `≥ ${min}×`,
        pass: site.rps / plain.rps >= min,
      }),
    );
    rows.push(compare(`${page} p99 (ms)`, site.p99, plain.p99, (x) => x.toFixed(0)));
  }
  const failed = (app: AppName) =>
    Object.values(r.load[app])
      .flat()
      .reduce((t, s) => t + s.errors + s.non2xx, 0);
  rows.push({
    metric: 'errors + non-2xx',
    site: String(failed('site')),
    plain: String(failed('plain')),
    ratio: '',
    target: '0',
    pass: failed('site') === 0 && failed('plain') === 0,
  });
  return rows;
}

function weightRows(r: Results): Verdict[] {
  const rows: Verdict[] = [];
  for (const page of Object.keys(TARGETS.rpsRatio) as ComparedPage[]) {
    const [site, plain] = [r.weight.site[page], r.weight.plain[page]];
    const max = TARGETS.htmlGzipKb[page];
    const html = max === undefined ? undefined : { text: `≤ ${max} KB`, pass: site.html.gzip <= max * 1024 };
    rows.push(compare(`${page} HTML gzip (KB)`, site.html.gzip, plain.html.gzip, kb, html));
    const js = { text: `≤ ${TARGETS.jsRatio}× plain`, pass: site.js.gzip <= TARGETS.jsRatio * plain.js.gzip };
    rows.push(compare(`${page} JS gzip (KB)`, site.js.gzip, plain.js.gzip, kb, js));
    rows.push(compare(`${page} CSS gzip (KB)`, site.css.gzip, plain.css.gzip, kb));
    rows.push(compare(`${page} RSC in HTML (KB)`, site.rscInline.raw, plain.rscInline.raw, kb));
  }
  return rows;
}

function lighthouseRows(r: Results): Verdict[] {
  if (!r.lighthouse) return [];
  const lh = r.lighthouse;
  return LIGHTHOUSE_PAGES.map((page) => {
    const site = summarizeLighthouse(lh.site[page]).score;
    const plain = summarizeLighthouse(lh.plain[page]).score;
    const floor = TARGETS.lighthouseFloor;
    const pass = site >= plain && (plain < floor || site >= floor);
    return compare(`${page} Lighthouse mobile`, site, plain, (x) => x.toFixed(0), {
      text: `≥ plain (≥ ${floor} if plain is)`,
      pass,
    });
  });
}

function cacheRow(r: Results): Verdict {
  const ok = r.cache.filter((c) => c.cacheable).length;
  return {
    metric: 'cacheable Cache-Control',
    site: `${ok}/${r.cache.length}`,
    plain: '',
    ratio: '',
    target: 'all',
    pass: ok === r.cache.length,
  };
}

/** site/plain req/s of each round, page by page: how much the ratio moved while the machine was shared. */
export function roundRatios(r: Results): Record<ComparedPage, number[]> {
  const pages = Object.keys(TARGETS.rpsRatio) as ComparedPage[];
  return Object.fromEntries(pages.map((p) => [p, r.load.site[p].map((s, i) => s.rps / r.load.plain[p][i].rps)])) as Record<
    ComparedPage,
    number[]
  >;
}

/**
 * Lighthouse score differences (site − plain) round by round. The two apps of a round run back to
 * back, so a pair shares the machine's load of that moment, which a median of each app's runs
 * taken apart does not: a reader can tell a real gap from a swing of the machine.
 */
export function roundScoreDiffs(r: Results): Record<LighthousePage, number[]> | null {
  const lh = r.lighthouse;
  if (!lh) return null;
  const diffs = (page: LighthousePage) => lh.site[page].map((s, i) => s.score - lh.plain[page][i].score);
  return Object.fromEntries(LIGHTHOUSE_PAGES.map((p) => [p, diffs(p)])) as Record<LighthousePage, number[]>;
}

export const verdicts = (r: Results): Verdict[] => [...loadRows(r), ...weightRows(r), ...lighthouseRows(r), cacheRow(r)];

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: string): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.split('').map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

export function verdictTable(rows: readonly Verdict[]): string {
  const passText = (p: boolean | null) => (p === null ? '' : p ? 'pass' : '**FAIL**');
  return markdownTable(
    ['', 'site', 'plain', 'site/plain', 'target', ''],
    rows.map((v) => [v.metric, v.site, v.plain, v.ratio, v.target, passText(v.pass)]),
    'lrrrll',
  );
}
