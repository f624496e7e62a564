/**
 * npm run bench:site [-- --sizes 1000,10000,100000 --seconds 10 --connections 10]
 *
 * Builds and starts the real site on the real content and on seeded synthetic archives, and
 * reports build time and peak memory, server start time and memory, and throughput and p99
 * latency (autocannon on loopback, bounded in time) for an article, a city and a search page.
 * Build time includes `content check` with a cold parse cache, as `npm run build` does it.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { parseArgs, stringOption } from '../lib/cli/args';
import { CONTENT_DIR } from '../lib/content/config';
import { loadContent } from '../lib/content/load';
import { buildMeasured, runMeasured, start, type ServerOptions } from '../lib/server/next-server';
import { treeRss } from '../lib/server/proc-tree';
import { writeArchive } from '../lib/synthetic/archive';

const args = parseArgs(process.argv.slice(2));
const sizes = (stringOption(args, 'sizes') ?? '1000,10000,100000').split(',').map(Number);
const seconds = Number(stringOption(args, 'seconds') ?? 10);
const connections = Number(stringOption(args, 'connections') ?? 10);
const outDir = path.resolve(stringOption(args, 'out') ?? 'bench-out');
fs.mkdirSync(outDir, { recursive: true });

type Row = {
  articles: number;
  buildS: number;
  buildPeakMb: number;
  startMs: number;
  serverMb: number;
  load: Record<string, { rps: number; p99: number }>;
};

async function load(url: string) {
  const r = await autocannon({ url, connections, duration: seconds });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

async function measure(label: string, contentDir: string, articles: number): Promise<Row> {
  const opts: ServerOptions = {
    distDir: `.next-bench-${label}`,
    contentDir,
    env: { CONTENT_CACHE_DIR: path.join(outDir, `cache-${label}`) },
  };
  fs.rmSync(opts.env!.CONTENT_CACHE_DIR, { recursive: true, force: true });
  console.error(`[${label}] build…`);
  const check = await runMeasured(['node_modules/.bin/tsx', 'scripts/content.ts', 'check'], opts);
  const build = await buildMeasured(opts);
  // Chosen before the server starts: loading a large archive here takes longer than the server's
  // keep-alive, and a pooled connection closed meanwhile would fail the first request.
  const content = loadContent(contentDir);
  const article = content.articles[Math.min(10, content.articles.length - 1)];
  const city = article.locations[0].citySlug;
  console.error(`[${label}] start…`);
  const t0 = performance.now();
  const server = await start(opts, 300_000);
  const startMs = performance.now() - t0;
  try {
    const pages = {
      article: `${server.url}${article.url}`,
      city: `${server.url}/cities/${city}`,
      search: `${server.url}/search?q=${encodeURIComponent('老旧小区')}`,
    };
    for (const u of Object.values(pages)) {
      const res = await fetch(u).catch((e: unknown) => {
        throw new Error(`${u}: ${String(e)}\n${server.log().slice(-3000)}`);
      });
      if (!res.ok) throw new Error(`${u}: HTTP ${res.status}`);
      await res.text(); // warm up
    }
    const serverMb = treeRss(server.pid) / 1e6;
    const results: Row['load'] = {};
    for (const [name, url] of Object.entries(pages)) {
      console.error(`[${label}] autocannon ${name} (${seconds}s)…`);
      results[name] = await load(url);
    }
    return {
      articles,
      buildS: (check.ms + build.ms) / 1000,
      buildPeakMb: Math.max(check.peakRss, build.peakRss) / 1e6,
      startMs,
      serverMb,
      load: results,
    };
  } finally {
    await server.stop();
  }
}

const rows: Row[] = [];
const real = loadContent(CONTENT_DIR);
rows.push(await measure('real', CONTENT_DIR, real.articles.length));
for (const n of sizes) {
  const dir = path.join(outDir, `archive-${n}`);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    console.error(`[${n}] generating…`);
    writeArchive(real, dir, n, 1);
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  rows.push(await measure(String(n), dir, n));
}

const base = rows[0];
const f = (x: number, d = 0) => x.toFixed(d);
console.log(`\nnpm run bench:site -- --sizes ${sizes.join(',')} --seconds ${seconds} --connections ${connections}\n`);
console.log('| articles | build (s) | build peak (MB) | start (ms) | server RSS (MB) | article req/s (× real) | article p99 (ms) | city req/s | city p99 (ms) | search req/s | search p99 (ms) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.articles.toLocaleString('en')} | ${f(r.buildS, 1)} | ${f(r.buildPeakMb)} | ${f(r.startMs)} | ${f(r.serverMb)} | ` +
      `${f(r.load.article.rps)} (${f(r.load.article.rps / base.load.article.rps, 2)}) | ${r.load.article.p99} | ` +
      `${f(r.load.city.rps)} | ${r.load.city.p99} | ${f(r.load.search.rps)} | ${r.load.search.p99} |`,
  );
}
