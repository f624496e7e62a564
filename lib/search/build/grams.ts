// Unigrams and bigrams: bigram ids at every position of the three streams, doc counts, then the
// postings (all fields with counts; titles and summaries without), and the body exceptions.
import { BigramTable } from '../structures/hash-tables';
import { bumpDense as bumpDense_, bumpSparse as bumpSparse_, PostingFiller, type PostingStore } from '../structures/postings';
import { SEP as SEP_, type Corpus, type ExceptionPairs, type Units } from './corpus';
import type { GramSets } from './types';

// Imported constants copied into locals: hot loops must not go through module bindings (which
// some transpilers turn into getter calls).
const SEP = SEP_;
const bump = bumpDense_;
const bumpSparse = bumpSparse_;
const UNITS = 0x10000;

/**
 * Per-position ids (bigram or n-gram ids), stored as id + 1 (0: none): 16-bit while the ids fit,
 * else 32-bit.
 */
export type Ids = Uint16Array | Int32Array;
export const ID16_MAX = 0xfffe;

/** The same ids in a 32-bit array (when a table outgrows 16 bits). */
export function widen(ids: Ids): Int32Array {
  return ids instanceof Int32Array ? ids : Int32Array.from(ids);
}

/** The bigram table with a direct-mapped cache of key → id in front of it (most lookups hit). */
interface CachedTable {
  table: BigramTable;
  key: Int32Array; // key 0 never occurs (SEP is never part of a bigram)
  id: Int32Array;
}

function cachedId(c: CachedTable, u: number, v: number): number {
  const key = (u << 16) | v;
  const h = (Math.imul(key, 0x9e3779b1) >>> 16) & (c.key.length - 1);
  if (c.key[h] === key) return c.id[h];
  const g = c.table.getOrAdd(key >>> 0);
  c.key[h] = key;
  c.id[h] = g;
  return g;
}

/** Bigram id + 1 at every position of a stream (0: none), adding new bigrams to the table. */
function assignBigrams(s: Units, c: CachedTable): Ids {
  const units = s.units;
  let ids: Ids = c.table.size < ID16_MAX ? new Uint16Array(s.len + 1) : new Int32Array(s.len + 1);
  for (let p = 0; p < s.len; p++) {
    const u = units[p];
    const v = units[p + 1];
    if (u === SEP || v === SEP) continue; // 0: none
    const g = cachedId(c, u, v);
    if (g >= ID16_MAX && !(ids instanceof Int32Array)) ids = widen(ids);
    ids[p] = g + 1;
  }
  return ids;
}

/**
 * Doc counts of units and bigrams, each gram counted once per doc (`seen*`: the last doc that had
 * it); the bigram arrays grow with the table.
 */
class DocCounts {
  readonly seenUnit = new Int32Array(UNITS).fill(-1);
  readonly units = new Int32Array(UNITS);
  seenBigram: Int32Array;
  bigrams: Int32Array;

  constructor(bigrams: number) {
    this.seenBigram = new Int32Array(bigrams).fill(-1);
    this.bigrams = new Int32Array(bigrams);
  }

  unit(u: number): void {
    this.units[u]++;
  }

  bigram(g: number): void {
    if (g >= this.bigrams.length) this.grow(g);
    this.bigrams[g]++;
  }

  private grow(g: number): void {
    const cap = Math.max(2 * this.bigrams.length, g + 1, 1 << 16);
    const df = new Int32Array(cap);
    df.set(this.bigrams);
    this.bigrams = df;
    const seen = new Int32Array(cap).fill(-1);
    seen.set(this.seenBigram);
    this.seenBigram = seen;
  }
}

/** Postings of units and bigrams, filled in doc order (with counts: postDoc; without: eachDistinctGram). */
class DocSets {
  readonly seenUnit = new Int32Array(UNITS).fill(-1);
  readonly seenBigram: Int32Array;

  constructor(
    readonly uni: PostingFiller,
    readonly bi: PostingFiller,
  ) {
    this.seenBigram = new Int32Array(bi.col.length).fill(-1);
  }

  unit(u: number, d: number): void {
    this.uni.add(u, d);
  }

  bigram(g: number, d: number): void {
    this.bi.add(g, d);
  }
}

/** Hands each distinct unit and bigram of doc d's range of a stream to `to`, once per doc. */
function eachDistinctGram(s: Units, ids: Ids, d: number, to: DocCounts | DocSets): void {
  const units = s.units;
  for (let p = s.start[d]; p < s.start[d + 1]; p++) {
    const u = units[p];
    if (u === SEP) continue;
    if (to.seenUnit[u] !== d) {
      to.seenUnit[u] = d;
      to.unit(u, d);
    }
    const g = ids[p] - 1;
    if (g >= 0 && to.seenBigram[g] !== d) {
      to.seenBigram[g] = d;
      to.bigram(g, d);
    }
  }
}

/** Bigram ids of doc d's range of the rest stream (new bigrams added), counted as it goes. */
function assignRestDoc(s: Units, d: number, holder: { rest: Ids }, c: CachedTable, counts: DocCounts): void {
  const units = s.units;
  let ids = holder.rest;
  for (let p = s.start[d]; p < s.start[d + 1]; p++) {
    const u = units[p];
    const v = units[p + 1];
    if (u === SEP || v === SEP) continue;
    const g = cachedId(c, u, v);
    if (g >= ID16_MAX && !(ids instanceof Int32Array)) ids = holder.rest = widen(ids);
    ids[p] = g + 1;
  }
  eachDistinctGram(s, ids, d, counts);
}

/** The units and bigrams of doc d's range of a stream, counted straight into the postings (capped at 3). */
function postDoc(s: Units, ids: Ids, d: number, to: DocSets): void {
  const { uni, bi, seenUnit, seenBigram } = to;
  const bit = 1 << (d & 31);
  const rowU = (d >>> 5) * uni.cols;
  const rowB = (d >>> 5) * bi.cols;
  const colU = uni.col;
  const colB = bi.col;
  const loU = uni.lo as Uint32Array;
  const hiU = uni.hi as Uint32Array;
  const loB = bi.lo as Uint32Array;
  const hiB = bi.hi as Uint32Array;
  const units = s.units;
  for (let p = s.start[d]; p < s.start[d + 1]; p++) {
    const u = units[p];
    if (u === SEP) continue;
    const cu = colU[u];
    if (cu >= 0) bump(loU, hiU, rowU + cu, bit);
    else bumpSparse(uni, u, d, seenUnit);
    const g = ids[p] - 1;
    if (g < 0) continue;
    const cb = colB[g];
    if (cb >= 0) bump(loB, hiB, rowB + cb, bit);
    else bumpSparse(bi, g, d, seenBigram);
  }
}

function exceptionPostings(n: number, exc: ExceptionPairs): PostingStore {
  const df = new Int32Array(UNITS);
  for (let i = 0; i < exc.size; i++) df[exc.units[i]]++;
  const filler = new PostingFiller(n, df, UNITS, false);
  for (let i = 0; i < exc.size; i++) filler.add(exc.units[i], exc.docs[i]);
  return filler.finish();
}

export interface GramResult {
  /** Bigram id + 1 at each position of the title, summary and rest streams. */
  ids: { title: Ids; summary: Ids; rest: Ids };
  sets: { all: GramSets; title: GramSets; summary: GramSets };
  bodyExceptions: PostingStore;
}

export function gramPasses(c: Corpus, n: number): GramResult {
  const table = new BigramTable(1 << 16);
  const cache: CachedTable = { table, key: new Int32Array(1 << 16), id: new Int32Array(1 << 16) };
  const { titleStream: t, summaryStream: s, restStream: r } = c;
  const ids = { title: assignBigrams(t, cache), summary: assignBigrams(s, cache), rest: new Uint16Array(0) as Ids };
  const shortBigrams = table.size; // bigrams of titles and summaries: ids < shortBigrams
  ids.rest = shortBigrams < ID16_MAX ? new Uint16Array(r.len + 1) : new Int32Array(r.len + 1);

  // Pass 1: bigram ids of the rest stream; doc counts.
  const all = new DocCounts(Math.max(1 << 16, shortBigrams * 2));
  const title = new DocCounts(shortBigrams);
  const summary = new DocCounts(shortBigrams);
  for (let d = 0; d < n; d++) {
    eachDistinctGram(t, ids.title, d, all);
    eachDistinctGram(s, ids.summary, d, all);
    assignRestDoc(r, d, ids, cache, all);
    eachDistinctGram(t, ids.title, d, title);
    eachDistinctGram(s, ids.summary, d, summary);
  }
  ids.rest[r.len] = 0;

  // Pass 2: postings, in doc order.
  const counted = new DocSets(new PostingFiller(n, all.units, UNITS, true), new PostingFiller(n, all.bigrams, table.size, true));
  const titleSets = new DocSets(
    new PostingFiller(n, title.units, UNITS, false),
    new PostingFiller(n, title.bigrams, shortBigrams, false),
  );
  const summarySets = new DocSets(
    new PostingFiller(n, summary.units, UNITS, false),
    new PostingFiller(n, summary.bigrams, shortBigrams, false),
  );
  for (let d = 0; d < n; d++) {
    postDoc(t, ids.title, d, counted);
    postDoc(s, ids.summary, d, counted);
    postDoc(r, ids.rest, d, counted);
    eachDistinctGram(t, ids.title, d, titleSets);
    eachDistinctGram(s, ids.summary, d, summarySets);
  }
  const setsOf = (x: { uni: PostingFiller; bi: PostingFiller }): GramSets => ({ uni: x.uni.finish(), bi: x.bi.finish(), table });
  return {
    ids,
    sets: { all: setsOf(counted), title: setsOf(titleSets), summary: setsOf(summarySets) },
    bodyExceptions: exceptionPostings(n, c.bodyExceptions),
  };
}
