// Search benchmark: our engine vs the plain substring scan vs FlexSearch (character bigrams),
// on seeded synthetic archives built from the real content.
//
//   npm run bench:search                      # 10 000 and 100 000 articles
//   npm run bench:search -- --sizes 10000 --queries 100
//   npm run bench:search -- --text recombined         # the older archive: real paragraphs recombined
//   npm run bench:search -- --compare-ref 9bb8723     # that commit's engine against this one, interleaved
//
// Run with --expose-gc (the npm script does) so memory can be measured after a full GC.
import FlexSearch from 'flexsearch';
import { loadContent } from '../lib/content/load';
import { cities } from '../lib/places/gazetteer';
import { generateArticles, sourceFromArticles } from './lib/synthetic/generate';
import { makeQueries, type Query } from './bench/search-queries';
import type { SearchDocument } from '../lib/search/document';
import { docFields, toSearchDocument } from '../lib/search/document';
import { fold, wellFormed } from '../lib/search/text/fold';
import { parseArgs, stringOption } from './lib/cli/args';
import { buildIndex, indexBytes, matchIds, search, type BuildOptions } from '../lib/search/index';
import { parseQuery, type SearchParams } from '../lib/search/text/query';
import { buildScanIndex, scanMatchIds, scanSearch } from '../lib/search/reference/scan';
import { compareEngines, compareTable, compareVariants } from './bench/search-compare';

const SEED = 20231228;

const args = parseArgs(process.argv.slice(2), ['no-flexsearch']);
const arg = (name: string, fallback: string) => stringOption(args, name) ?? fallback;
const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const queryCount = Number(arg('queries', '200'));
const runs = Number(arg('runs', '3'));
const skipFlex = args.options.has('no-flexsearch');
const maxGramArg = arg('max-gram', '');
const buildOptions = maxGramArg ? { maxGram: Number(maxGramArg) } : {};
const compareRef = arg('compare-ref', '');
type TextKind = 'varied' | 'recombined';
// Several kinds (--text varied,recombined) only with --compare-ref.
const textKinds = arg('text', 'varied').split(',') as TextKind[];
const textKind = textKinds[0];
if (textKinds.some((t) => t !== 'varied' && t !== 'recombined') || (textKinds.length > 1 && !compareRef)) {
  console.error('usage: --text varied|recombined (a list only with --compare-ref)');
  process.exit(2);
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with node --expose-gc (npm run bench:search does).');
  process.exit(1);
}
function heap(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

// ---------------------------------------------------------------------------------------------
// FlexSearch with a character-bigram tokenizer over the same folded fields.

function bigramsOf(text: string): string[] {
  const out: string[] = [];
  for (const field of text.split('\n')) {
    const f = fold(wellFormed(field));
    if (f.length === 1) out.push(f);
    for (let i = 0; i + 1 < f.length; i++) out.push(f.slice(i, i + 2));
  }
  return out;
}

interface Flex {
  index: InstanceType<typeof FlexSearch.Index>;
  docs: readonly SearchDocument[];
}

function buildFlex(docs: readonly SearchDocument[]): Flex {
  const index = new FlexSearch.Index({ encode: bigramsOf, tokenize: 'strict', resolution: 9 });
  docs.forEach((d, i) => index.add(i, docFields(d).join('\n')));
  return { index, docs };
}

/** AND of the terms (each term: FlexSearch's AND of its bigrams), then the place filter. */
function flexSearch(fx: Flex, params: SearchParams): { ids: number[]; top: number[] } {
  const { terms } = parseQuery(params.q);
  let acc: number[] | null = null;
  for (const t of terms) {
    const r = fx.index.search(t, { limit: fx.docs.length }) as number[];
    if (acc === null) acc = r;
    else {
      const set = new Set(r);
      acc = acc.filter((x) => set.has(x));
    }
  }
  let ids = acc ?? [];
  if (params.city || params.district) {
    ids = ids.filter((i) =>
      fx.docs[i].places.some(
        (p) => (!params.city || p.citySlug === params.city) && (!params.district || p.districtSlug === params.district),
      ),
    );
  }
  return { ids, top: ids.slice(0, 10) };
}

// ---------------------------------------------------------------------------------------------

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
function median(xs: number[]): number {
  return percentile(xs, 50);
}
function time(fn: () => void, repeat: number): number {
  const t: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

interface Row {
  engine: string;
  n: number;
  buildS: number;
  memMB: number;
  p50: number;
  p99: number;
  recall: number;
  precision: number;
}

function quality(
  found: readonly (readonly string[])[],
  truth: readonly (readonly string[])[],
): { recall: number; precision: number } {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  found.forEach((f, i) => {
    const t = new Set(truth[i]);
    const fs = new Set(f);
    for (const x of fs)
      if (t.has(x)) tp++;
      else fp++;
    for (const x of t) if (!fs.has(x)) fn++;
  });
  return { recall: tp + fn === 0 ? 1 : tp / (tp + fn), precision: tp + fp === 0 ? 1 : tp / (tp + fp) };
}

interface EngineRun {
  docs: readonly SearchDocument[];
  queries: readonly Query[];
  truth: readonly string[][];
  n: number;
  name: string;
  options: BuildOptions;
}

function benchEngine({ docs, queries, truth, n, name, options }: EngineRun): Row {
  const base = heap();
  const t0 = performance.now();
  const ix = buildIndex(docs, options);
  const ixBuild = (performance.now() - t0) / 1000;
  const ixMem = (heap() - base) / 1e6;
  console.error(
    `${name} parts (MB):`,
    Object.fromEntries(Object.entries(indexBytes(ix)).map(([k, v]) => [k, +(v / 1e6).toFixed(1)])),
  );
  console.error(`${name} build phases (ms):`, Object.fromEntries(Object.entries(ix.timings).map(([k, v]) => [k, Math.round(v)])));
  for (const q of queries.slice(0, 20)) search(ix, q.params); // warm-up
  const found = queries.map((q) => matchIds(ix, q.params));
  const ixTimes = queries.map((q) => time(() => search(ix, q.params), runs));
  const byKind = new Map<string, number[]>();
  queries.forEach((q, i) => byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ixTimes[i]]));
  console.error(
    `${name} p50/p99 by kind (ms):`,
    Object.fromEntries([...byKind].map(([k, v]) => [k, `${median(v).toFixed(2)}/${percentile(v, 99).toFixed(2)}`])),
  );
  const slowest = queries
    .map((q, i) => ({ q: q.params, ms: ixTimes[i], total: truth[i].length }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  console.error(`${name} slowest:`, JSON.stringify(slowest));
  console.error(`${name}: build ${ixBuild.toFixed(1)} s, p50 ${median(ixTimes).toFixed(2)} ms`);
  return {
    engine: name,
    n,
    buildS: ixBuild,
    memMB: ixMem,
    p50: median(ixTimes),
    p99: percentile(ixTimes, 99),
    ...quality(found, truth),
  };
}

/** Share of the articles that the 4-character words without a place filter match (mean, median). */
function fourCharShare(queries: readonly Query[], truth: readonly string[][], n: number): { mean: number; median: number } {
  const shares = queries.flatMap((q, i) => (q.kind === '4-char' && !q.params.city ? [truth[i].length / n] : []));
  return { mean: shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length), median: median(shares) };
}
const wordShares: { n: number; mean: number; median: number }[] = [];

function benchSize(n: number, paragraphsSource: ReturnType<typeof sourceFromArticles>): Row[] {
  const docs = archive(n, paragraphsSource);
  const queries = makeQueries(docs, queryCount, SEED + n);
  const rows: Row[] = [];
  console.error(`\n== ${n} articles, ${queries.length} queries`);

  // Scan (the reference; also the truth for recall/precision).
  let base = heap();
  let t0 = performance.now();
  let scan: ReturnType<typeof buildScanIndex> | null = buildScanIndex(docs);
  const scanBuild = (performance.now() - t0) / 1000;
  const scanMem = (heap() - base) / 1e6;
  const truth = queries.map((q) => scanMatchIds(scan as ReturnType<typeof buildScanIndex>, q.params));
  const scanRuns = n >= 50_000 ? 1 : Math.min(runs, 2);
  const scanTimes = queries.map((q) => time(() => scanSearch(scan as ReturnType<typeof buildScanIndex>, q.params), scanRuns));
  rows.push({
    engine: 'substring scan',
    n,
    buildS: scanBuild,
    memMB: scanMem,
    p50: median(scanTimes),
    p99: percentile(scanTimes, 99),
    recall: 1,
    precision: 1,
  });
  scan = null;
  console.error(`scan: build ${scanBuild.toFixed(1)} s, p50 ${median(scanTimes).toFixed(1)} ms`);
  wordShares.push({ n, ...fourCharShare(queries, truth, n) });

  rows.push(benchEngine({ docs, queries, truth, n, name: 'this engine', options: buildOptions }));

  // FlexSearch.
  if (!skipFlex) {
    base = heap();
    t0 = performance.now();
    let fx: Flex | null = buildFlex(docs);
    const fxBuild = (performance.now() - t0) / 1000;
    const fxMem = (heap() - base) / 1e6;
    const fxFound = queries.map((q) => flexSearch(fx as Flex, q.params).ids.map((i) => docs[i].id));
    const fxTimes = queries.map((q) => time(() => flexSearch(fx as Flex, q.params), runs));
    rows.push({
      engine: 'FlexSearch 0.8 (bigrams)',
      n,
      buildS: fxBuild,
      memMB: fxMem,
      p50: median(fxTimes),
      p99: percentile(fxTimes, 99),
      ...quality(fxFound, truth),
    });
    fx = null;
  }
  return rows;
}

function archive(n: number, source: ReturnType<typeof sourceFromArticles>, text: TextKind = textKind): SearchDocument[] {
  return generateArticles({ source, cities, count: n, seed: SEED, text }).map((a) => toSearchDocument(a));
}

async function compare(source: ReturnType<typeof sourceFromArticles>): Promise<void> {
  const variants = await compareVariants(compareRef);
  const lines = [
    `Command: \`npm run bench:search -- --compare-ref ${compareRef} --text ${textKinds.join(',')} --sizes ${sizes.join(',')} --runs ${runs}\` (node ${process.version}, ${queryCount} queries, ${runs} rounds; per query the median of the rounds)`,
    '',
  ];
  for (const text of textKinds) {
    for (const n of sizes) {
      const docs = archive(n, source, text);
      const queries = makeQueries(docs, queryCount, SEED + n);
      console.error(`\n== ${n} articles (${text}), ${queries.length} queries`);
      const rows = compareEngines(docs, queries, { variants, rounds: runs, heap });
      const table = compareTable(`${n.toLocaleString('en-US')} ${text}`, queries, rows);
      console.error(table.join('\n'));
      lines.push(...table, '');
    }
  }
  console.log(lines.join('\n'));
}

function main(): void {
  const { articles } = loadContent();
  const source = sourceFromArticles(articles);
  if (compareRef) {
    void compare(source);
    return;
  }
  console.error(
    `source: ${articles.length} real articles, ${source.paragraphs.length} paragraphs, ${source.paragraphs.join('').length} characters`,
  );
  const rows = sizes.flatMap((n) => benchSize(n, source));
  const scanOf = (n: number) => rows.find((r) => r.n === n && r.engine === 'substring scan') as Row;
  const f = (x: number, d = 1) => x.toFixed(d);
  const lines = [
    `Command: \`npm run bench:search -- --text ${textKind}\` (node ${process.version}, ${queryCount} queries per size: 2-, 3-, 4-character words, 6–14-character phrases, two-term queries, 5 % misses, a quarter with a place filter; seed ${SEED}). Latency = first page of 10 hits with snippets, facets and the exact total; median of ${runs} runs per query (1 for the scan at 100 000). Memory = heap + external growth after a full GC, index only (the documents are shared by all engines).`,
    '',
    '| articles | engine | build (s) | memory (MB) | p50 (ms) | p99 (ms) | × scan p50 | × scan p99 | recall | precision |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const s = scanOf(r.n);
      return `| ${r.n.toLocaleString('en-US')} | ${r.engine} | ${f(r.buildS)} | ${f(r.memMB, 0)} | ${f(r.p50, 2)} | ${f(r.p99, 2)} | ${f(s.p50 / r.p50)} | ${f(s.p99 / r.p99)} | ${f(r.recall, 3)} | ${f(r.precision, 3)} |`;
    }),
  ];
  const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
  for (const w of wordShares) {
    lines.push(
      '',
      `${w.n.toLocaleString('en-US')} articles (${textKind}): a 4-character word matches ${pct(w.mean)} of the articles on average (median ${pct(w.median)}).`,
    );
  }
  console.log(lines.join('\n'));
}

main();
