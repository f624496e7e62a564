// `bench:search -- --compare-ref REF`: the search engine of another commit against this one, in
// one process, on the same archive and queries, the engines taking turns query by query, so that
// a shared machine's load falls on both alike. The other commit's lib/search is extracted with
// `git archive` into .cache/ (ignored) and imported beside ours; it must have the same API
// (buildIndex, search, matchIds).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as current from '../../lib/search/index';
import type { SearchDocument, SearchParams, SearchResult } from '../../lib/search/index';
import type { Query } from './search-queries';
import { median } from './stats';

interface EngineModule {
  buildIndex(docs: readonly SearchDocument[], options?: Record<string, unknown>): object;
  search(index: object, params: SearchParams): SearchResult;
  matchIds(index: object, params: SearchParams): string[];
}

export interface Variant {
  name: string;
  engine: EngineModule;
  options: Record<string, unknown>;
}

/** lib/search of `ref`, extracted into .cache/search-ref/<sha>-<copy> and imported. */
async function importRef(sha: string, copy: number): Promise<EngineModule> {
  const dir = path.resolve('.cache', 'search-ref', `${sha}-${copy}`);
  if (!fs.existsSync(path.join(dir, 'lib/search/index.ts'))) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', sha, 'lib/search']) });
  }
  return (await import(pathToFileURL(path.join(dir, 'lib/search/index.ts')).href)) as EngineModule;
}

/**
 * The engine at `ref` (long phrases on, then off) and ours. Each variant has its own copy of the
 * code: two variants sharing one would find it (and its type feedback) warm after each other.
 */
export async function compareVariants(ref: string): Promise<Variant[]> {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
  // A ref without the longPhrases option ignores it: its second row then measures the same engine twice.
  return [
    { name: sha, engine: await importRef(sha, 1), options: {} },
    { name: `${sha}, long phrases off`, engine: await importRef(sha, 2), options: { longPhrases: false } },
    { name: 'this tree', engine: current as unknown as EngineModule, options: {} },
  ];
}

export interface CompareRow {
  name: string;
  buildS: number;
  memMB: number;
  /** Per query: the median of the rounds (ms). */
  times: number[];
  /** Queries whose total or first page differs from this tree's. */
  mismatches: number;
}

function pageKey(r: SearchResult): string {
  return `${r.total}:${r.hits.map((h) => h.id).join(',')}`;
}

interface Built {
  variant: Variant;
  index: object;
  buildS: number;
  memMB: number;
}

function buildAll(docs: readonly SearchDocument[], variants: readonly Variant[], heap: () => number): Built[] {
  return variants.map((variant) => {
    const base = heap();
    const t0 = performance.now();
    const index = variant.engine.buildIndex(docs, variant.options);
    const buildS = (performance.now() - t0) / 1000;
    const memMB = (heap() - base) / 1e6;
    console.error(`${variant.name}: build ${buildS.toFixed(1)} s, ${memMB.toFixed(0)} MB`);
    return { variant, index, buildS, memMB };
  });
}

/** Builds every variant's index, checks they agree, then times the queries in turns. */
export function compareEngines(
  docs: readonly SearchDocument[],
  queries: readonly Query[],
  opts: { variants: readonly Variant[]; rounds: number; heap: () => number },
): CompareRow[] {
  const built = buildAll(docs, opts.variants, opts.heap);
  const ours = built[built.length - 1];
  const expected = queries.map((q) => pageKey(ours.variant.engine.search(ours.index, q.params)));
  const mismatches = built.map(
    (b) => queries.filter((q, i) => pageKey(b.variant.engine.search(b.index, q.params)) !== expected[i]).length,
  );
  const samples = built.map(() => queries.map(() => [] as number[]));
  for (let round = 0; round < opts.rounds; round++) {
    queries.forEach((q, i) => {
      // The engine that goes first changes from query to query and round to round.
      for (let k = 0; k < built.length; k++) {
        const e = (i + round + k) % built.length;
        const { variant, index } = built[e];
        const t0 = performance.now();
        variant.engine.search(index, q.params);
        samples[e][i].push(performance.now() - t0);
      }
    });
  }
  return built.map((b, e) => ({
    name: b.variant.name,
    buildS: b.buildS,
    memMB: b.memMB,
    times: samples[e].map(median),
    mismatches: mismatches[e],
  }));
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Markdown: one row per engine (overall, and its ratio to the first row), then p50/p99 per query kind. */
export function compareTable(archive: string, queries: readonly Query[], rows: readonly CompareRow[]): string[] {
  const f = (x: number, d = 3) => x.toFixed(d);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const of = (r: CompareRow, kind: string) => r.times.filter((_, i) => queries[i].kind === kind);
  const p = (r: CompareRow, q: number) => percentile(r.times, q);
  return [
    `| archive | engine | build (s) | memory (MB) | p50 (ms) | p99 (ms) | × first p50/p99 | ${kinds.map((k) => `${k} p50/p99`).join(' | ')} | differ |`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ${kinds.map(() => '---:').join(' | ')} | ---: |`,
    ...rows.map((r) => {
      const ratio = `${f(p(r, 50) / p(rows[0], 50), 2)}/${f(p(r, 99) / p(rows[0], 99), 2)}`;
      const byKind = kinds.map((k) => `${f(percentile(of(r, k), 50))}/${f(percentile(of(r, k), 99), 2)}`).join(' | ');
      return `| ${archive} | ${r.name} | ${f(r.buildS, 1)} | ${f(r.memMB, 0)} | ${f(p(r, 50))} | ${f(p(r, 99), 2)} | ${ratio} | ${byKind} | ${r.mismatches} |`;
    }),
  ];
}
