/**
 * npm run bench:pages [-- --seconds 8 --rounds 3 --warmup 3 --connections 2 --lighthouse-runs 3 --skip-lighthouse
 *                        --throttled-runs 5 --reuse-build --out DIR]
 *                     [-- --before DIR]   (DIR: a checkout of an earlier commit with node_modules, measured in the same run)
 *
 * Builds and starts this site and the plain Next.js app in scripts/bench-pages/plain-app (same
 * content), then compares them in one run: throughput and p99 (autocannon, the apps taking turns
 * page by page), page weight (HTML, JS, CSS, RSC payload), Lighthouse mobile (median of runs,
 * taking turns too), cold loads under Lighthouse's applied throttling (FCP and LCP as the browser
 * saw them), and the Cache-Control of the site's list pages. Prints Markdown tables and
 * writes every sample to bench-out/bench-pages.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exitOnUsageError, intOption, parseArgs, rejectUnknownOptions, stringOption } from './lib/cli/args';
import { loadContent } from '../lib/content/load';
import type { RunningServer } from './lib/server/next-server';
import { autocannon } from './bench/autocannon';
import { interleave } from './bench/interleave';
import { median } from './bench/stats';
import { appOptions, buildApp, startApp } from './bench-pages/apps';
import { checkCacheControl } from './bench-pages/cache-control';
import { lighthouse } from './bench-pages/lighthouse';
import { COMPARED, pickPages } from './bench-pages/pages';
import { throttledLoad, throttledTable, THROTTLING } from './bench-pages/throttled';
import {
  APPS,
  LIGHTHOUSE_PAGES,
  roundRatios,
  roundScoreDiffs,
  verdicts,
  verdictTable,
  type Results,
  type RunApp,
} from './bench-pages/report';
import { beforeTable, cacheTable, lighthouseTable, weightTable } from './bench-pages/tables';
import { pageWeight, type PageWeight } from './bench-pages/weight';

/** The command line, read once; a mistake in it is a usage error (exit 2, the message alone). */
function readOptions(argv: readonly string[]) {
  const args = parseArgs(argv, ['skip-lighthouse', 'reuse-build']);
  rejectUnknownOptions(args, [
    'seconds',
    'rounds',
    'warmup',
    'connections',
    'lighthouse-runs',
    'throttled-runs',
    'skip-lighthouse',
    'reuse-build',
    'before',
    'out',
  ]);
  return {
    seconds: intOption(args, 'seconds', { min: 1, max: 100_000 }) ?? 8,
    rounds: intOption(args, 'rounds', { min: 1, max: 100_000 }) ?? 3,
    warmup: intOption(args, 'warmup', { min: 0, max: 100_000 }) ?? 3,
    connections: intOption(args, 'connections', { min: 1, max: 100_000 }) ?? 2,
    lighthouseRuns: intOption(args, 'lighthouse-runs', { min: 1, max: 100_000 }) ?? 3,
    skipLighthouse: args.options.has('skip-lighthouse'),
    throttledRuns: intOption(args, 'throttled-runs', { min: 0, max: 100_000 }) ?? 5,
    reuseBuild: args.options.has('reuse-build'),
    before: stringOption(args, 'before'),
    outDir: path.resolve(stringOption(args, 'out') ?? 'bench-out'),
  };
}

const opts = exitOnUsageError(() => readOptions(process.argv.slice(2)));
const log = (msg: string) => console.error(`[bench:pages] ${msg}`);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const started = performance.now();

const pages = pickPages(loadContent());
const apps: RunApp[] = opts.before ? [...APPS, 'before'] : [...APPS];
const buildMs = {} as Record<RunApp, number | null>;
for (const app of apps) {
  log(`build ${app}…`);
  buildMs[app] = await buildApp(appOptions(app, opts.before), opts.reuseBuild);
}
const servers = {} as Record<RunApp, RunningServer>;
try {
  for (const app of apps) servers[app] = await startApp(appOptions(app, opts.before));
  const url = (app: RunApp, p: string) => servers[app].url + p;

  log('page weight and Cache-Control…');
  const weight = {} as Record<RunApp, Record<string, PageWeight>>;
  for (const app of apps) {
    weight[app] = {};
    for (const page of COMPARED) weight[app][page] = await pageWeight(servers[app].url, pages.compared[page]);
  }
  const cache = await checkCacheControl(servers.site.url, pages.cacheable);

  const load = { seconds: opts.seconds, connections: opts.connections };
  if (opts.warmup > 0) {
    log(`warm-up, ${opts.warmup} s a page and app…`);
    for (const page of COMPARED)
      for (const app of apps) await autocannon({ ...load, url: url(app, pages.compared[page]), seconds: opts.warmup });
  }
  const loadSamples = await interleave({
    rounds: opts.rounds,
    apps,
    pages: COMPARED,
    run: ({ app, page, round }) => {
      log(`load round ${round}/${opts.rounds}: ${page} ${app}`);
      return autocannon({ ...load, url: url(app, pages.compared[page]) });
    },
  });
  /** Every app on the article and home pages, `rounds` times, taking turns; `what` names the steps in the log. */
  const inTurns = <T>(what: string, rounds: number, measure: (url: string) => Promise<T>) =>
    interleave({
      rounds,
      apps,
      pages: LIGHTHOUSE_PAGES,
      run: ({ app, page, round }) => {
        log(`${what} ${round}/${rounds}: ${page} ${app}`);
        return measure(url(app, pages.compared[page]));
      },
    });
  const lighthouseSamples = opts.skipLighthouse ? null : await inTurns('Lighthouse', opts.lighthouseRuns, lighthouse);
  const throttledSamples = opts.throttledRuns === 0 ? null : await inTurns('throttled load', opts.throttledRuns, throttledLoad);

  const results: Results = {
    load: loadSamples,
    weight: weight as Results['weight'],
    lighthouse: lighthouseSamples,
    cache,
    ...(opts.before
      ? {
          before: {
            load: loadSamples.before,
            weight: weight.before as NonNullable<Results['before']>['weight'],
            lighthouse: lighthouseSamples?.before ?? null,
          },
        }
      : {}),
  };
  const rows = verdicts(results);
  const minutes = (performance.now() - started) / 60_000;
  fs.mkdirSync(opts.outDir, { recursive: true });
  const out = path.join(opts.outDir, 'bench-pages.json');
  const ratios = roundRatios(results);
  const diffs = roundScoreDiffs(results);
  const record = {
    date: new Date().toISOString(),
    options: opts,
    pages,
    buildMs,
    minutes,
    verdicts: rows,
    roundRatios: ratios,
    roundScoreDiffs: diffs,
    throttled: throttledSamples,
    ...results,
  };
  fs.writeFileSync(out, JSON.stringify(record, null, 2));

  console.log(
    `\nPages: ${COMPARED.map((p) => `${p} ${decodeURI(pages.compared[p])}`).join(', ')}. ` +
      `Load: ${opts.rounds} rounds × ${opts.seconds} s, ${opts.connections} connections, after ${opts.warmup} s warm-up; ` +
      `Lighthouse: median of ${opts.lighthouseRuns}. Sizes gzip level 6, 1 KB = 1024 bytes.\n`,
  );
  console.log(verdictTable(rows));
  const perRound = Object.entries(ratios).map(([p, rs]) => `${p} ${rs.map((x) => x.toFixed(2)).join(', ')}`);
  console.log(`\nsite/plain req/s round by round: ${perRound.join('; ')}`);
  console.log(`\nPage weight (KB, raw / gzip):\n\n${weightTable(results)}`);
  console.log(`\nLighthouse mobile (medians):\n\n${lighthouseTable(results)}`);
  if (lighthouseSamples)
    console.log(
      '\npaint: the largest paint in the unthrottled load Lighthouse simulates from. TBT: page / scripts: the blocking time of the\n' +
        "document's own tasks and of script tasks (scripts/bench-pages/blocking.ts).",
    );
  if (diffs) {
    const perPage = Object.entries(diffs).map(([p, ds]) => `${p} ${ds.map(signed).join(', ')} (median ${signed(median(ds))})`);
    console.log(`\nLighthouse site − plain round by round: ${perPage.join('; ')}`);
  }
  if (throttledSamples) {
    const t = THROTTLING;
    console.log(
      `\nCold loads under applied throttling (${t.requestLatencyMs} ms request latency, ${t.downloadThroughputKbps.toFixed(0)} Kbps, ` +
        `CPU ×${t.cpuSlowdownMultiplier}; medians of ${opts.throttledRuns}):\n\n${throttledTable(throttledSamples)}`,
    );
  }
  console.log(`\nCache-Control (site):\n\n${cacheTable(cache)}`);
  if (results.before) console.log(`\nBefore (${opts.before}) and after, in this run:\n\n${beforeTable(results)}`);
  console.log(
    `\n${rows.filter((r) => r.pass === false).length} target(s) missed; ${minutes.toFixed(1)} min; samples in ${path.relative(process.cwd(), out)}`,
  );
} finally {
  for (const s of Object.values(servers)) await s.stop();
}
