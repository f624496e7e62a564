/**
 * npm run bench:site [-- --sizes 1000,10000,100000 --seconds 10 --rounds 3 --warmup 3 --connections 2
 *                        --accept-encoding "gzip, deflate, br" --out bench-out]
 *
 * Builds and starts the real site on the real content and on seeded synthetic archives, and
 * reports build time and peak memory, server start time and memory, and throughput and p99
 * latency (autocannon on loopback, bounded in time) for an article, a city and a search page, and
 * the server's CPU time per request over the same runs (user + system, from /proc).
 * Build time includes `content check` with a cold parse cache, as `npm run build` does it.
 *
 * Each archive also holds the real edition, so "article" is the same article in both sites and
 * measures what the archive costs it; "synthetic" is one of the archive's own, longer, articles
 * against the same baseline article (what this benchmark measured before the real edition was in).
 *
 * How it keeps the figures comparable on a shared 2-core machine:
 * - The baseline (the real 14-article site) stays up for the whole run, and each archive is
 *   measured in rounds that alternate with it page by page; a ratio compares medians taken in
 *   the same minutes, not a quarter of an hour apart.
 * - autocannon runs in a fresh process of its own, so the load generator is the same for every
 *   size (run inside this process, it shared a heap with whatever the benchmark had loaded).
 * - Server CPU per request does not count the load generator's share of the machine's two cores,
 *   which at thousands of requests a second is most of what req/s measures.
 * - Each page is warmed up first (JIT, caches, the collector settling after start-up) and the
 *   warm-up is not counted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exitOnUsageError, intOption, parseArgs, rejectUnknownOptions, stringOption, UsageError } from './lib/cli/args';
import { CONTENT_DIR } from '../lib/content/config';
import { loadContent } from '../lib/content/load';
import { buildMeasured, runMeasured, start, type RunningServer, type ServerOptions } from './lib/server/next-server';
import { treeCpuSeconds, treeRss } from './lib/server/proc-tree';
import { writeArchive } from './lib/synthetic/archive';
import { addRealEdition } from './lib/synthetic/real-edition';
import { autocannonStrict } from './bench/autocannon';
import { interleave } from './bench/interleave';
import { median } from './bench/stats';

const PAGES = ['article', 'synthetic', 'city', 'search'] as const;
type PageName = (typeof PAGES)[number];
type Pages = Record<PageName, string>;
/** A site's own choice of pages, before the baseline's article is put in. */
type OwnPages = Omit<Pages, 'synthetic'>;

/**
 * The pages to load, as paths: from an archive, its own (synthetic) articles only, not the real
 * edition added to it. Run in a child process so the archive never sits in this heap.
 */
function pagesFor(contentDir: string): OwnPages {
  const real = new Set(loadContent(CONTENT_DIR).articles.map((a) => a.slug));
  const all = loadContent(contentDir).articles;
  const synthetic = all.filter((a) => !real.has(a.slug));
  const own = synthetic.length > 0 ? synthetic : all; // the real site itself
  const article = own[Math.min(10, own.length - 1)];
  return {
    article: article.url,
    city: `/cities/${article.locations[0].citySlug}`,
    search: `/search?q=${encodeURIComponent('老旧小区')}`,
  };
}

/** The command line, read once; a mistake in it is a usage error (exit 2, the message alone). */
function readOptions(argv: readonly string[]) {
  const args = parseArgs(argv);
  rejectUnknownOptions(args, ['sizes', 'seconds', 'rounds', 'warmup', 'connections', 'accept-encoding', 'out', 'pages-of']);
  const sizesText = stringOption(args, 'sizes') ?? '1000,10000,100000';
  const sizes = sizesText.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new UsageError(`--sizes: expected whole numbers separated by commas, got "${sizesText}"`);
  return {
    pagesOf: stringOption(args, 'pages-of'),
    sizes,
    seconds: intOption(args, 'seconds', { min: 1, max: 100_000 }) ?? 10,
    rounds: intOption(args, 'rounds', { min: 1, max: 100_000 }) ?? 3,
    warmup: intOption(args, 'warmup', { min: 0, max: 100_000 }) ?? 3,
    connections: intOption(args, 'connections', { min: 1, max: 100_000 }) ?? 2,
    /** As a browser sends it, to measure the encoded pages readers get; none (identity) by default. */
    acceptEncoding: stringOption(args, 'accept-encoding'),
    outDir: path.resolve(stringOption(args, 'out') ?? 'bench-out'),
  };
}

const { pagesOf, sizes, seconds, rounds, warmup, connections, acceptEncoding, outDir } = exitOnUsageError(() =>
  readOptions(process.argv.slice(2)),
);
if (pagesOf) {
  fs.writeSync(1, JSON.stringify(pagesFor(pagesOf)));
  process.exit(0);
}
const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
fs.mkdirSync(outDir, { recursive: true });

/** `cpuUs`: the server's CPU time per request answered, in µs. */
type Load = { rps: number; p99: number; cpuUs: number };
type Site = {
  label: string;
  articles: number;
  buildS: number;
  buildPeakMb: number;
  startMs: number;
  restartMs: number;
  serverMb: number;
  server: RunningServer;
  pages: Pages;
};

/** One bounded autocannon run against a page of `server`; any error or non-2xx answer fails the benchmark. */
async function runLoad(server: RunningServer, page: string, duration: number): Promise<Load> {
  const cpu0 = treeCpuSeconds(server.pid);
  const { sample, requests } = await autocannonStrict({ url: server.url + page, seconds: duration, connections, headers });
  const cpuUs = ((treeCpuSeconds(server.pid) - cpu0) * 1e6) / Math.max(1, requests);
  return { rps: sample.rps, p99: sample.p99, cpuUs };
}

/** `article`: the baseline's article when given (it is in every archive), else the site's own. */
async function prepare(label: string, contentDir: string, articles: number, baselineArticle?: string): Promise<Site> {
  const cacheDir = path.join(outDir, `cache-${label}`);
  const opts: ServerOptions = { distDir: `.next-bench-${label}`, contentDir, env: { CONTENT_CACHE_DIR: cacheDir } };
  fs.rmSync(cacheDir, { recursive: true, force: true });
  console.error(`[${label}] build…`);
  const check = await runMeasured(['node_modules/.bin/tsx', 'scripts/content.ts', 'check'], opts);
  const build = await buildMeasured(opts);
  const picked = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-site.ts', '--pages-of', contentDir], {
    env: { ...process.env, CONTENT_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (picked.status !== 0) throw new Error(`choosing pages for ${contentDir} failed:\n${picked.stderr}`);
  const own = JSON.parse(picked.stdout) as OwnPages;
  const pages: Pages = { ...own, article: baselineArticle ?? own.article, synthetic: own.article };
  console.error(`[${label}] start…`);
  let t0 = performance.now();
  const first = await start(opts, 300_000);
  const startMs = performance.now() - t0;
  // A restart with unchanged content reads the saved search index back instead of building it.
  await first.stop();
  console.error(`[${label}] restart…`);
  t0 = performance.now();
  const server = await start(opts, 300_000);
  const restartMs = performance.now() - t0;
  try {
    for (const page of PAGES) {
      const url = server.url + pages[page];
      const res = await fetch(url).catch((e: unknown) => {
        throw new Error(`${url}: ${String(e)}\n${server.log().slice(-3000)}`);
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      if (warmup > 0) await runLoad(server, pages[page], warmup);
    }
  } catch (e) {
    await server.stop();
    throw e;
  }
  return {
    label,
    articles,
    buildS: (check.ms + build.ms) / 1000,
    buildPeakMb: Math.max(check.peakRss, build.peakRss) / 1e6,
    startMs,
    restartMs,
    serverMb: treeRss(server.pid) / 1e6,
    server,
    pages,
  };
}

type Samples = Record<PageName, Load[]>;

/** `rounds` rounds over the pages, the baseline and the site taking turns. */
function measurePair(baseline: Site, site: Site): Promise<{ base: Samples; site: Samples }> {
  const servers = { base: baseline, site };
  return interleave({
    rounds,
    apps: ['base', 'site'] as const,
    pages: PAGES,
    run: ({ app, page, round }) => {
      if (app === 'base') console.error(`[${site.label}] round ${round}/${rounds}: ${page}`);
      return runLoad(servers[app].server, servers[app].pages[page], seconds);
    },
  });
}

const summary = (loads: Load[]): Load => ({
  rps: median(loads.map((l) => l.rps)),
  p99: median(loads.map((l) => l.p99)),
  cpuUs: median(loads.map((l) => l.cpuUs)),
});

/** `ratio`: req/s against the baseline runs taken in turn; `cpuRatio`: CPU per request, likewise. */
type Row = {
  site: Omit<Site, 'server'>;
  load: Record<PageName, Load>;
  ratio?: Record<PageName, number>;
  cpuRatio?: Record<PageName, number>;
};
const rows: Row[] = [];
const raw: Record<string, { base: Samples; site: Samples }> = {};
const facts = ({ server: _server, ...rest }: Site) => rest;

const real = await prepare('real', CONTENT_DIR, loadContent(CONTENT_DIR).articles.length);
const baseSamples: Samples = { article: [], synthetic: [], city: [], search: [] };
try {
  for (const n of sizes) {
    const dir = path.join(outDir, `archive-${n}`);
    if (!fs.existsSync(path.join(dir, '.complete'))) {
      console.error(`[${n}] generating…`);
      writeArchive(loadContent(CONTENT_DIR), dir, n, 1);
      fs.writeFileSync(path.join(dir, '.complete'), '');
    }
    addRealEdition({ from: CONTENT_DIR, to: dir });
    const site = await prepare(String(n), dir, n + real.articles, real.pages.article);
    try {
      const pair = await measurePair(real, site);
      raw[n] = pair;
      const load = {} as Record<PageName, Load>;
      const ratio = {} as Record<PageName, number>;
      const cpuRatio = {} as Record<PageName, number>;
      for (const page of PAGES) {
        baseSamples[page].push(...pair.base[page]);
        load[page] = summary(pair.site[page]);
        const base = summary(pair.base[page]);
        ratio[page] = load[page].rps / base.rps;
        cpuRatio[page] = load[page].cpuUs / base.cpuUs;
      }
      rows.push({ site: facts(site), load, ratio, cpuRatio });
    } finally {
      await site.server.stop();
    }
  }
} finally {
  await real.server.stop();
}
rows.unshift({
  site: facts(real),
  load: Object.fromEntries(PAGES.map((page) => [page, summary(baseSamples[page])])) as Record<PageName, Load>,
});
fs.writeFileSync(path.join(outDir, 'bench-site.json'), JSON.stringify({ rows, raw }, null, 2));

const f = (x: number, d = 0) => x.toFixed(d);
const cell = (r: Row, page: PageName) =>
  `${f(r.load[page].rps)}${r.ratio ? ` (${f(r.ratio[page], 2)})` : ''} | ${r.load[page].p99}`;
console.log(
  `\nnpm run bench:site -- --sizes ${sizes.join(',')} --seconds ${seconds} --rounds ${rounds} --warmup ${warmup} --connections ${connections}` +
    `${acceptEncoding ? ` --accept-encoding ${JSON.stringify(acceptEncoding)}` : ''}\n`,
);
console.log(
  `Medians of ${rounds} runs of ${seconds} s per page and size (the 14-article row: of all ${rounds * sizes.length} baseline runs); ` +
    '(×) = the ratio to the baseline runs taken in turn with that size.\n',
);
console.log(
  '| articles | build (s) | build peak (MB) | first start (ms) | restart (ms) | server RSS (MB) | ' +
    PAGES.map((page) => `${page} req/s (×) | ${page} p99 (ms)`).join(' | ') +
    ' |',
);
console.log(`|${'---:|'.repeat(6 + 2 * PAGES.length)}`);
for (const r of rows) {
  const s = r.site;
  console.log(
    `| ${s.articles.toLocaleString('en')} | ${f(s.buildS, 1)} | ${f(s.buildPeakMb)} | ${f(s.startMs)} | ${f(s.restartMs)} | ${f(s.serverMb)} | ` +
      `${PAGES.map((page) => cell(r, page)).join(' | ')} |`,
  );
}
console.log(
  '\nServer CPU per request (µs, user + system, median of the rounds; (×) = against the baseline runs taken in turn):\n',
);
console.log(`| articles | ${PAGES.map((page) => `${page} µs (×)`).join(' | ')} |`);
console.log(`|${'---:|'.repeat(1 + PAGES.length)}`);
for (const r of rows) {
  const cpu = (page: PageName) => `${f(r.load[page].cpuUs)}${r.cpuRatio ? ` (${f(r.cpuRatio[page], 2)})` : ''}`;
  console.log(`| ${r.site.articles.toLocaleString('en')} | ${PAGES.map(cpu).join(' | ')} |`);
}
