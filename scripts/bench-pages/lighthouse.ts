import { createRequire } from 'node:module';
import { z } from 'zod';
import { CHROMIUM_PATH } from '../lib/server/chromium';
import { runNode } from '../bench/child';
import { blockingByOrigin } from './blocking';

/**
 * One Lighthouse 12 run (its default: mobile, simulated throttling, performance only) in a
 * process of its own, against Debian's Chromium; the flags keep the browser off the network.
 */
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

const Metric = z.object({ numericValue: z.number() });
const LongTask = z.object({ url: z.string(), startTime: z.number(), duration: z.number() });
const LighthouseReportSchema = z.object({
  lighthouseVersion: z.string(),
  mainDocumentUrl: z.string().optional(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  categories: z.object({ performance: z.object({ score: z.number().nullable() }) }),
  audits: z.object({
    'first-contentful-paint': Metric,
    'largest-contentful-paint': Metric,
    'total-blocking-time': Metric,
    'cumulative-layout-shift': Metric,
    'speed-index': Metric,
    interactive: Metric,
    metrics: z.object({
      details: z.object({ items: z.tuple([z.object({ observedLargestContentfulPaint: z.number() })], z.unknown()) }),
    }),
    'long-tasks': z.object({ details: z.object({ items: z.array(LongTask) }).optional() }),
  }),
});

/**
 * One run's score and simulated metrics, with `paintMs`, the largest paint as the unthrottled
 * browser saw it (whether it came before the scripts ran decides Lighthouse's LCP estimate), and
 * TBT split between the document's tasks and the scripts' (./blocking.ts).
 */
export type LighthouseSample = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  paintMs: number;
  documentBlockingMs: number;
  scriptBlockingMs: number;
};

/** The figures of a Lighthouse JSON report; throws naming the URL when the run failed. */
export function readReport(url: string, json: string): LighthouseSample {
  const parsed = LighthouseReportSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`lighthouse ${url}: 报告格式不符：${parsed.error.message}`);
  const r = parsed.data;
  if (r.runtimeError || r.categories.performance.score === null) {
    throw new Error(`lighthouse ${url}: 没有得分：${r.runtimeError?.message ?? '未知原因'}`);
  }
  const a = r.audits;
  const fcpMs = a['first-contentful-paint'].numericValue;
  const blocking = blockingByOrigin(a['long-tasks'].details?.items ?? [], {
    documentUrl: r.mainDocumentUrl ?? url,
    fcpMs,
    ttiMs: a.interactive.numericValue,
  });
  return {
    score: Math.round(r.categories.performance.score * 100),
    fcpMs,
    lcpMs: a['largest-contentful-paint'].numericValue,
    tbtMs: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    siMs: a['speed-index'].numericValue,
    paintMs: a.metrics.details.items[0].observedLargestContentfulPaint,
    documentBlockingMs: blocking.documentMs,
    scriptBlockingMs: blocking.scriptsMs,
  };
}

export async function lighthouse(url: string): Promise<LighthouseSample> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  let out: string;
  try {
    out = await runNode(args, { ...process.env, CHROME_PATH: CHROMIUM_PATH });
  } catch (e) {
    throw new Error(`lighthouse ${url}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return readReport(url, out);
}
