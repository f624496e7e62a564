// Index construction. Everything is folded once into three unit arrays ("streams", build-time
// only): titles, summaries, and the rest (body, then authors and place names); fields are separated
// by SEP, so no gram spans two fields. Then:
//   • unigram and bigram postings with counts, over all fields ("main");
//   • unigram and bigram doc sets of titles and of summaries (exact for 1–2-unit terms; ranking tiers);
//   • "exception" postings: units that occur NON-literally in a body (traditional, full-width…);
//   • per stream, n-gram levels 3..maxGram: for every n-gram whose two (n−1)-gram halves are both
//     frequent (in ≥ `frequent` docs), the few docs that have both halves but not the n-gram itself.
//     With them, the docs of any such n-gram are (docs of prefix ∩ docs of suffix) minus that
//     list — exact, by set operations only, however many docs match;
//   • for the rest stream, "repeats": every place where an n-gram of the level below the top one
//     occurs more than once in a doc (position and the units on either side). Longer terms chain
//     top-level n-grams; the repeats decide, without the text, the docs where the chain is ambiguous;
//   • for the rest stream, the docs where a trigram occurs more than once (exact counts of 3-unit
//     terms for the ranking).
// Streams are kept apart because summaries usually repeat the body's first sentence: over one
// stream, nearly every n-gram of a lede would occur twice in its doc.
//
// The build is a few passes over typed arrays: bigram ids and doc counts; postings (dense grams as
// word-major bitsets, counts as 2-bit saturating counters in two bit planes); one pass per level
// (ids per position, 16-bit while the tables fit, and doc rows per block of 32 docs).
import { compareDocs, docFields, type SearchDocument } from './document';
import { fold, foldInto, wellFormed } from './fold';
import { bitsetWords, emptyBitset, pop32, type Bitset } from './bitset';
import { BigramTable, PairTable, SEP as SEP_ } from './grams';
import { PostingFiller, type PostingStore } from './postings';
import { buildPlaceTable, districtKey, type PlaceTable } from './places';

// Imported constants copied into locals: hot loops must not go through module bindings (which
// some transpilers turn into getter calls).
const SEP = SEP_;
const popcount32 = pop32;
/** docPlace value of a doc whose places are read from the CSR arrays. */
export const PLACE_CSR = 0xffff;

/** Unigram and bigram doc sets of a set of strings (bigram ids: the main table's). */
export interface GramSets {
  uni: PostingStore;
  bi: PostingStore;
  table: BigramTable;
}

/** n-gram level n ≥ 3: (id of the (n−1)-gram prefix, last unit) → id; per id its exception docs. */
export interface Level {
  n: number;
  table: PairTable;
  /** Docs of each n-gram (in this level's stream). */
  df: Uint32Array;
  /** Whether each n-gram counts as frequent: only those are halves of the next level's n-grams. */
  freq: Uint8Array;
  offsets: Uint32Array;
  docs: Uint32Array;
}

/** The n-gram levels of one stream. */
export interface Stream {
  /**
   * Bigram doc sets the first level builds on: the stream's own, or a superset (the rest stream
   * uses the main sets, over all fields; the exceptions of level 3 make up the difference).
   */
  base: PostingStore;
  /** levels[k] is n-gram level k + 3. */
  levels: Level[];
}

/**
 * Where the n-grams of one level of the rest stream occur more than once in a doc. For n-gram id
 * x: pairs gramAt[x] .. gramAt[x+1]−1, each a doc (ascending) with its occurrences at[i] .. at[i+1]−1:
 * position in the doc's rest stream (ascending), and the units just before and after (SEP at a
 * field's edge).
 */
export interface Repeats {
  n: number;
  gramAt: Uint32Array;
  doc: Uint32Array;
  at: Uint32Array;
  pos: Uint16Array;
  left: Uint16Array;
  right: Uint16Array;
  /** Docs whose rest stream is too long for 16-bit positions: not recorded (null: none). */
  long: Bitset | null;
}

/**
 * The trigrams of the rest stream (level 3) that occur more than once in a doc: for trigram id x,
 * doc[gramAt[x] .. gramAt[x+1]−1], ascending by doc (bits 0–30), bit 31 set when it occurs three
 * times or more. Elsewhere in the stream, a trigram occurs at most once per doc.
 */
export interface Counts {
  gramAt: Uint32Array;
  doc: Uint32Array;
}

export interface BuildOptions {
  /**
   * Longest n-gram with exact doc sets (default 6). Longer terms chain these n-grams; only docs where
   * the chain is ambiguous are verified on the text.
   */
  maxGram?: number;
  /** Doc count from which an n-gram counts as frequent (default: 1000, or n/50 when smaller). */
  frequent?: number;
  /**
   * Long-phrase machinery (default true): repeats for chaining terms longer than maxGram, and
   * counts of repeated trigrams. Off, such terms are verified on the text instead.
   */
  longPhrases?: boolean;
}

export interface SearchIndex {
  kind: 'index';
  n: number;
  /** Documents in internal order (newest first, then slug). */
  docs: SearchDocument[];
  /** Folded short fields: title, summary, and authors + place names joined by SEP. */
  titles: string[];
  summaries: string[];
  others: string[];
  /** All fields: unigram / bigram postings with counts. */
  main: GramSets;
  /** Bodies: units that occur there non-literally (a traditional, full-width, upper-case… form). */
  excUni: PostingStore;
  /** Titles and summaries alone (ranking tiers; bases of their streams). */
  title: GramSets;
  summary: GramSets;
  streams: { title: Stream; summary: Stream; rest: Stream };
  /** Repeats of the rest stream's level maxGram − 1 (null when there is no such level). */
  repeats: Repeats | null;
  /** Trigrams of the rest stream occurring more than once in a doc (null: no level 3). */
  counts3: Counts | null;
  frequent: number;
  /** Folded title → first doc with it; sameTitle[d]: the next doc with the same title, or −1. */
  exactTitle: Map<string, number>;
  sameTitle: Int32Array;
  places: PlaceTable;
  cityKeys: string[];
  districtKeys: string[];
  cityDocs: Bitset[];
  districtDocs: Bitset[];
  docCityAt: Uint32Array;
  docCity: Uint16Array;
  docDistrictAt: Uint32Array;
  docDistrict: Uint16Array;
  /**
   * Per doc with one city and at most one district: city · (districts + 1) + (district + 1), 0 for
   * none; PLACE_CSR for the others (read docCity / docDistrict). For fast facet counts.
   */
  docPlace: Uint16Array;
  buildMs: number;
  timings: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Folding

/** One stream: the units of every doc, doc d at start[d] .. start[d+1]−1, each field ending in SEP. */
interface Units {
  units: Uint16Array;
  len: number;
  start: Uint32Array;
}

interface Corpus {
  t: Units;
  s: Units;
  r: Units;
  /** (unit, doc) for each unit that occurs non-literally in a doc's body, docs ascending. */
  exc: { units: Int32Array; docs: Int32Array; size: number };
  titles: string[];
  summaries: string[];
  others: string[];
}

class UnitWriter {
  units: Uint16Array;
  len = 0;
  readonly start: Uint32Array;

  constructor(cap: number, n: number) {
    this.units = new Uint16Array(cap);
    this.start = new Uint32Array(n + 1);
  }

  reserve(extra: number): void {
    const need = this.len + extra;
    if (need <= this.units.length) return;
    let cap = this.units.length;
    while (cap < need) cap *= 2;
    const u = new Uint16Array(cap);
    u.set(this.units.subarray(0, this.len));
    this.units = u;
  }

  /** Appends a folded string (caller reserved room). */
  string(s: string): void {
    const units = this.units;
    let len = this.len;
    for (let i = 0; i < s.length; i++) units[len++] = s.charCodeAt(i);
    this.len = len;
  }

  sep(): void {
    this.units[this.len++] = SEP;
  }

  done(n: number): Units {
    this.start[n] = this.len;
    // One spare unit, so that `units[p + 1]` can always be read.
    this.reserve(1);
    this.units[this.len] = SEP;
    return { units: this.units, len: this.len, start: this.start };
  }
}

function foldCorpus(docs: readonly SearchDocument[]): Corpus {
  const n = docs.length;
  const titles: string[] = new Array(n);
  const summaries: string[] = new Array(n);
  const others: string[] = new Array(n);
  const sep = String.fromCharCode(SEP);
  let tCap = 1 << 12;
  let sCap = 1 << 12;
  let rCap = 1 << 12;
  for (const d of docs) {
    tCap += d.title.length + 1;
    sCap += d.summary.length + 1;
    rCap += d.text.length + 32;
  }
  const t = new UnitWriter(tCap, n);
  const s = new UnitWriter(sCap, n);
  const r = new UnitWriter(rCap, n);
  let excUnits = new Int32Array(1 << 10);
  let excDocs = new Int32Array(1 << 10);
  let excSize = 0;
  const excLast = new Int32Array(0x10000).fill(-1);
  const nonLiteral = { units: new Uint16Array(1 << 10), count: 0 };
  // Authors and place names repeat from article to article: fold each once.
  const folded = new Map<string, string>();
  for (let d = 0; d < n; d++) {
    const doc = docs[d];
    const fields = docFields(doc);
    const ft = fold(wellFormed(fields[0]));
    const fs = fold(wellFormed(fields[1]));
    let o = '';
    for (let k = 3; k < fields.length; k++) {
      let f = folded.get(fields[k]);
      if (f === undefined) {
        f = fold(wellFormed(fields[k]));
        if (folded.size < 100_000) folded.set(fields[k], f);
      }
      if (f.length > 0) o = o.length > 0 ? o + sep + f : f;
    }
    titles[d] = ft;
    summaries[d] = fs;
    others[d] = o;
    t.start[d] = t.len;
    t.reserve(ft.length + 1);
    t.string(ft);
    t.sep();
    s.start[d] = s.len;
    s.reserve(fs.length + 1);
    s.string(fs);
    s.sep();
    // The body, folded straight into the stream; its non-literal units are the doc's exceptions.
    r.start[d] = r.len;
    r.reserve(doc.text.length + 16);
    let end = foldInto(doc.text, r.units, r.len, nonLiteral);
    while (end < 0) {
      r.reserve(2 * (r.units.length - r.len) + 64);
      end = foldInto(doc.text, r.units, r.len, nonLiteral);
    }
    r.len = end;
    for (let i = 0; i < nonLiteral.count; i++) {
      const u = nonLiteral.units[i];
      if (excLast[u] === d) continue;
      excLast[u] = d;
      if (excSize === excUnits.length) {
        const a = new Int32Array(excSize * 2);
        a.set(excUnits);
        excUnits = a;
        const b = new Int32Array(excSize * 2);
        b.set(excDocs);
        excDocs = b;
      }
      excUnits[excSize] = u;
      excDocs[excSize++] = d;
    }
    r.reserve(o.length + 2);
    r.sep();
    r.string(o);
    r.sep();
  }
  return {
    t: t.done(n),
    s: s.done(n),
    r: r.done(n),
    exc: { units: excUnits, docs: excDocs, size: excSize },
    titles,
    summaries,
    others,
  };
}

// ---------------------------------------------------------------------------------------------
// Unigrams and bigrams

/**
 * Per-position ids (bigram or n-gram ids), stored as id + 1 (0: none): 16-bit while the ids fit,
 * else 32-bit.
 */
type Ids = Uint16Array | Int32Array;
const ID16_MAX = 0xfffe;

/** The same ids in a 32-bit array (when a table outgrows 16 bits). */
function widen(ids: Ids): Int32Array {
  return ids instanceof Int32Array ? ids : Int32Array.from(ids);
}

/** Bigram id + 1 at every position of a stream (0: none), adding new bigrams to the table. */
function assignBigrams(s: Units, table: BigramTable, cacheKey: Int32Array, cacheId: Int32Array): Ids {
  const units = s.units;
  const len = s.len;
  const mask = cacheKey.length - 1;
  let gid: Ids = table.size < ID16_MAX ? new Uint16Array(len + 1) : new Int32Array(len + 1);
  for (let p = 0; p < len; p++) {
    const u = units[p];
    const v = units[p + 1];
    if (u === SEP || v === SEP) continue; // 0: none
    // Direct-mapped cache of bigram → id in front of the table (most lookups hit).
    const key = (u << 16) | v;
    const h = (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
    let g: number;
    if (cacheKey[h] === key) g = cacheId[h];
    else {
      g = table.getOrAdd(key >>> 0);
      cacheKey[h] = key;
      cacheId[h] = g;
      if (g >= ID16_MAX && !(gid instanceof Int32Array)) gid = widen(gid);
    }
    gid[p] = g + 1;
  }
  return gid;
}

/** Bigram ids (as id + 1) of the rest stream and doc counts of bigrams, grown with the table. */
class RestIds {
  gid: Ids;
  cap: number;
  df: Int32Array;
  last: Int32Array;

  constructor(len: number, bigrams: number) {
    this.gid = bigrams < ID16_MAX ? new Uint16Array(len + 1) : new Int32Array(len + 1);
    this.cap = Math.max(1 << 16, bigrams * 2);
    this.df = new Int32Array(this.cap);
    this.last = new Int32Array(this.cap).fill(-1);
  }

  grow(): void {
    const cap = this.cap * 2;
    const df = new Int32Array(cap);
    df.set(this.df);
    this.df = df;
    const last = new Int32Array(cap).fill(-1);
    last.set(this.last);
    this.last = last;
    this.cap = cap;
  }
}

/**
 * One doc's range of the rest stream: bigram ids (new bigrams added to the table) and doc counts
 * of its units and bigrams, in one loop.
 */
function assignCountRange(
  units: Uint16Array,
  from: number,
  to: number,
  d: number,
  h: RestIds,
  table: BigramTable,
  cacheKey: Int32Array,
  cacheId: Int32Array,
  lastU: Int32Array,
  dfU: Int32Array,
): void {
  const mask = cacheKey.length - 1;
  let gid = h.gid;
  let df = h.df;
  let last = h.last;
  for (let p = from; p < to; p++) {
    const u = units[p];
    if (u === SEP) continue;
    if (lastU[u] !== d) {
      lastU[u] = d;
      dfU[u]++;
    }
    const v = units[p + 1];
    if (v === SEP) continue;
    const key = (u << 16) | v;
    const hh = (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
    let g: number;
    if (cacheKey[hh] === key) g = cacheId[hh];
    else {
      g = table.getOrAdd(key >>> 0);
      cacheKey[hh] = key;
      cacheId[hh] = g;
      if (g >= h.cap) {
        h.grow();
        df = h.df;
        last = h.last;
      }
      if (g >= ID16_MAX && !(gid instanceof Int32Array)) {
        h.gid = widen(gid);
        gid = h.gid;
      }
    }
    gid[p] = g + 1;
    if (last[g] !== d) {
      last[g] = d;
      df[g]++;
    }
  }
}

/** Doc counts over one range of doc d: units (SEP skipped) and bigrams (ids + 1; 0 skipped). */
function countRange(units: Uint16Array, ids: Ids, from: number, to: number, d: number, lastU: Int32Array, dfU: Int32Array, lastB: Int32Array, dfB: Int32Array): void {
  for (let p = from; p < to; p++) {
    const u = units[p];
    if (u === SEP) continue;
    if (lastU[u] !== d) {
      lastU[u] = d;
      dfU[u]++;
    }
    const g = ids[p] - 1;
    if (g >= 0 && lastB[g] !== d) {
      lastB[g] = d;
      dfB[g]++;
    }
  }
}

/** Distinct units and bigrams of one range of doc d into fillers (no counts). */
function addRange(units: Uint16Array, ids: Ids, from: number, to: number, d: number, lastU: Int32Array, fu: PostingFiller, lastB: Int32Array, fb: PostingFiller): void {
  for (let p = from; p < to; p++) {
    const u = units[p];
    if (u === SEP) continue;
    if (lastU[u] !== d) {
      lastU[u] = d;
      fu.add(u, d);
    }
    const g = ids[p] - 1;
    if (g >= 0 && lastB[g] !== d) {
      lastB[g] = d;
      fb.add(g, d);
    }
  }
}

/** One more occurrence in a dense gram's 2-bit saturating count (planes lo/hi, bit of the doc). */
function bump(lo: Uint32Array, hi: Uint32Array, i: number, bit: number): void {
  const l = lo[i];
  if ((l & bit) === 0) lo[i] = l | bit; // 0 → 1, 2 → 3
  else {
    const h = hi[i];
    if ((h & bit) === 0) {
      lo[i] = l & ~bit; // 1 → 2
      hi[i] = h | bit;
    }
  }
}

/** One more occurrence of a sparse gram in doc d: the doc on first sight, else its count. */
function bumpSparse(f: PostingFiller, g: number, d: number, last: Int32Array): void {
  const nib = f.nib as Uint32Array;
  const tf = f.tf as Uint8Array;
  if (last[g] !== d) {
    last[g] = d;
    f.lists[f.fill[g]++] = d;
    const k = nib[g]++;
    tf[k >>> 2] |= 1 << ((k & 3) << 1);
  } else {
    const k = nib[g] - 1;
    const sh = (k & 3) << 1;
    if (((tf[k >>> 2] >>> sh) & 3) < 3) tf[k >>> 2] += 1 << sh;
  }
}

/**
 * The units and bigrams of one range of doc d, counted straight into the fillers (docs in doc
 * order; each gram's counts capped at 3).
 */
function postRange(
  units: Uint16Array,
  ids: Ids,
  from: number,
  to: number,
  d: number,
  fu: PostingFiller,
  fb: PostingFiller,
  lastU: Int32Array,
  lastB: Int32Array,
): void {
  const bit = 1 << (d & 31);
  const rowU = (d >>> 5) * fu.cols;
  const rowB = (d >>> 5) * fb.cols;
  const colU = fu.col;
  const colB = fb.col;
  const loU = fu.lo as Uint32Array;
  const hiU = fu.hi as Uint32Array;
  const loB = fb.lo as Uint32Array;
  const hiB = fb.hi as Uint32Array;
  for (let p = from; p < to; p++) {
    const u = units[p];
    if (u === SEP) continue;
    const cu = colU[u];
    if (cu >= 0) bump(loU, hiU, rowU + cu, bit);
    else bumpSparse(fu, u, d, lastU);
    const g = ids[p] - 1;
    if (g < 0) continue;
    const cb = colB[g];
    if (cb >= 0) bump(loB, hiB, rowB + cb, bit);
    else bumpSparse(fb, g, d, lastB);
  }
}

interface GramResult {
  table: BigramTable;
  gidT: Ids;
  gidS: Ids;
  gidR: Ids;
  main: GramSets;
  title: GramSets;
  summary: GramSets;
  excUni: PostingStore;
}

function gramPasses(c: Corpus, n: number): GramResult {
  const table = new BigramTable(1 << 16);
  const cacheKey = new Int32Array(1 << 16); // key 0 never occurs (SEP is never part of a bigram)
  const cacheId = new Int32Array(1 << 16);
  const gidT = assignBigrams(c.t, table, cacheKey, cacheId);
  const gidS = assignBigrams(c.s, table, cacheKey, cacheId);
  const GT = table.size; // bigrams of titles and summaries: ids < GT
  const U = 0x10000;

  // Pass 1: bigram ids of the rest stream; doc counts.
  const rest = new RestIds(c.r.len, GT);
  const dfU = new Int32Array(U);
  const dfTU = new Int32Array(U);
  const dfTB = new Int32Array(GT);
  const dfSU = new Int32Array(U);
  const dfSB = new Int32Array(GT);
  const lastU = new Int32Array(U).fill(-1);
  const lastTU = new Int32Array(U).fill(-1);
  const lastTB = new Int32Array(GT).fill(-1);
  const lastSU = new Int32Array(U).fill(-1);
  const lastSB = new Int32Array(GT).fill(-1);
  const { t, s, r } = c;
  for (let d = 0; d < n; d++) {
    const t0 = t.start[d];
    const t1 = t.start[d + 1];
    const s0 = s.start[d];
    const s1 = s.start[d + 1];
    countRange(t.units, gidT, t0, t1, d, lastU, dfU, rest.last, rest.df);
    countRange(s.units, gidS, s0, s1, d, lastU, dfU, rest.last, rest.df);
    assignCountRange(r.units, r.start[d], r.start[d + 1], d, rest, table, cacheKey, cacheId, lastU, dfU);
    countRange(t.units, gidT, t0, t1, d, lastTU, dfTU, lastTB, dfTB);
    countRange(s.units, gidS, s0, s1, d, lastSU, dfSU, lastSB, dfSB);
  }
  const gidR = rest.gid;
  rest.gid[c.r.len] = 0;
  const G = table.size;
  const dfB = rest.df;
  const lastB = rest.last;

  // Pass 2: postings, in doc order.
  const uni = new PostingFiller(n, dfU, U, true);
  const bi = new PostingFiller(n, dfB, G, true);
  const tUni = new PostingFiller(n, dfTU, U, false);
  const tBi = new PostingFiller(n, dfTB, GT, false);
  const sUni = new PostingFiller(n, dfSU, U, false);
  const sBi = new PostingFiller(n, dfSB, GT, false);
  for (const a of [lastU, lastB, lastTU, lastTB, lastSU, lastSB]) a.fill(-1);
  for (let d = 0; d < n; d++) {
    const t0 = t.start[d];
    const t1 = t.start[d + 1];
    const s0 = s.start[d];
    const s1 = s.start[d + 1];
    postRange(t.units, gidT, t0, t1, d, uni, bi, lastU, lastB);
    postRange(s.units, gidS, s0, s1, d, uni, bi, lastU, lastB);
    postRange(r.units, gidR, r.start[d], r.start[d + 1], d, uni, bi, lastU, lastB);
    addRange(t.units, gidT, t0, t1, d, lastTU, tUni, lastTB, tBi);
    addRange(s.units, gidS, s0, s1, d, lastSU, sUni, lastSB, sBi);
  }
  // Body exceptions: from the fold's log (doc order).
  const dfXU = new Int32Array(U);
  const { units: xu, docs: xd, size: xs } = c.exc;
  for (let i = 0; i < xs; i++) dfXU[xu[i]]++;
  const xUni = new PostingFiller(n, dfXU, U, false);
  for (let i = 0; i < xs; i++) xUni.add(xu[i], xd[i]);
  const mainSets = { uni: uni.finish(), bi: bi.finish(), table };
  return {
    table,
    gidT,
    gidS,
    gidR,
    main: mainSets,
    title: { uni: tUni.finish(), bi: tBi.finish(), table },
    summary: { uni: sUni.finish(), bi: sBi.finish(), table },
    excUni: xUni.finish(),
  };
}

// ---------------------------------------------------------------------------------------------
// n-gram levels

/** Cap on the bitset rows of one n-gram level (bytes): a level that needs more is not built. */
const LEVEL_BYTES = 512 * 1024 * 1024;

interface LevelInput {
  /** Id + 1 of the (n−1)-gram starting at each position (0: none). */
  ids: Ids;
  /** Column of each frequent (n−1)-gram id in `bits` (−1: not frequent). */
  col: Int32Array;
  cols: number;
  /** Doc bitsets, word-major: bits[w * cols + col] is word w of that n-gram's doc set. */
  bits: Uint32Array;
  /** How many n-grams are frequent; how many there are. */
  frequent: number;
  grams: number;
}

/** Word-major doc bitsets of the grams of a store that have a column. */
function wordMajor(s: PostingStore, col: Int32Array, cols: number): Uint32Array {
  const words = s.words;
  const bits = new Uint32Array(words * cols);
  for (let g = 0; g < col.length; g++) {
    const c = col[g];
    if (c < 0) continue;
    const w = s.where[g];
    if (w < 0) {
      const base = (-w - 1) * words;
      for (let x = 0; x < words; x++) bits[x * cols + c] = s.bits[base + x];
    } else {
      const end = w + s.df[g];
      for (let i = w; i < end; i++) {
        const d = s.lists[i];
        bits[(d >>> 5) * cols + c] |= 1 << (d & 31);
      }
    }
  }
  return bits;
}

// Append-only logs of integer pairs / triples, in chunks (no copying as they grow).
const LOG_BITS = 18;
const LOG_CHUNK = 1 << LOG_BITS;
const LOG_MASK = LOG_CHUNK - 1;

/** An append-only log of (a, b) integer pairs. */
class PairLog {
  private readonly as: Int32Array[] = [];
  private readonly bs: Int32Array[] = [];
  size = 0;

  push(x: number, y: number): void {
    const k = this.size & LOG_MASK;
    if (k === 0) {
      this.as.push(new Int32Array(LOG_CHUNK));
      this.bs.push(new Int32Array(LOG_CHUNK));
    }
    const c = this.size >>> LOG_BITS;
    this.as[c][k] = x;
    this.bs[c][k] = y;
    this.size++;
  }

  a(i: number): number {
    return this.as[i >>> LOG_BITS][i & LOG_MASK];
  }

  b(i: number): number {
    return this.bs[i >>> LOG_BITS][i & LOG_MASK];
  }

  setB(i: number, v: number): void {
    this.bs[i >>> LOG_BITS][i & LOG_MASK] = v;
  }
}

/** An append-only log of (a, b, c) integer triples. */
class IntLog {
  private readonly as: Int32Array[] = [];
  private readonly bs: Int32Array[] = [];
  private readonly cs: Int32Array[] = [];
  size = 0;

  push(x: number, y: number, z: number): void {
    const k = this.size & LOG_MASK;
    if (k === 0) {
      this.as.push(new Int32Array(LOG_CHUNK));
      this.bs.push(new Int32Array(LOG_CHUNK));
      this.cs.push(new Int32Array(LOG_CHUNK));
    }
    const c = this.size >>> LOG_BITS;
    this.as[c][k] = x;
    this.bs[c][k] = y;
    this.cs[c][k] = z;
    this.size++;
  }

  a(i: number): number {
    return this.as[i >>> LOG_BITS][i & LOG_MASK];
  }

  b(i: number): number {
    return this.bs[i >>> LOG_BITS][i & LOG_MASK];
  }

  c(i: number): number {
    return this.cs[i >>> LOG_BITS][i & LOG_MASK];
  }
}

/** Groups the repeat log by n-gram (doc and position order kept) into the Repeats layout. */
function packRepeats(log: IntLog, grams: number, n: number, s: Units, docsCount: number): Repeats {
  const size = log.size;
  const X = new Int32Array(size);
  const D = new Int32Array(size);
  const P = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    X[i] = log.a(i);
    D[i] = log.b(i);
    P[i] = log.c(i);
  }
  const start = s.start;
  const units = s.units;
  let long: Bitset | null = null;
  // Stable counting sort of the log by n-gram (a doc's entries of several n-grams interleave);
  // docs too long for 16-bit positions are left out.
  const occAt = new Uint32Array(grams + 1);
  for (let i = 0; i < size; i++) {
    const d = D[i];
    if (start[d + 1] - start[d] > 0xffff) {
      long = long ?? emptyBitset(docsCount);
      long[d >>> 5] |= 1 << (d & 31);
      continue;
    }
    occAt[X[i] + 1]++;
  }
  for (let x = 0; x < grams; x++) occAt[x + 1] += occAt[x];
  const occs = occAt[grams];
  const order = new Uint32Array(occs);
  const fill = occAt.slice(0, grams);
  for (let i = 0; i < size; i++) {
    const d = D[i];
    if (long && (long[d >>> 5] & (1 << (d & 31))) !== 0) continue;
    order[fill[X[i]]++] = i;
  }
  // Pairs: runs of equal doc within an n-gram's entries.
  const pairAt = new Uint32Array(grams + 1);
  for (let x = 0; x < grams; x++) {
    let pairs = 0;
    for (let o = occAt[x]; o < occAt[x + 1]; o++) if (o === occAt[x] || D[order[o]] !== D[order[o - 1]]) pairs++;
    pairAt[x + 1] = pairAt[x] + pairs;
  }
  const pairs = pairAt[grams];
  const doc = new Uint32Array(pairs);
  const at = new Uint32Array(pairs + 1);
  const pos = new Uint16Array(occs);
  const left = new Uint16Array(occs);
  const right = new Uint16Array(occs);
  let k = 0;
  for (let x = 0; x < grams; x++) {
    for (let o = occAt[x]; o < occAt[x + 1]; o++) {
      const i = order[o];
      const d = D[i];
      if (o === occAt[x] || d !== D[order[o - 1]]) {
        doc[k] = d;
        at[k++] = o;
      }
      const p = P[i];
      pos[o] = p - start[d];
      left[o] = p > start[d] ? units[p - 1] : SEP;
      right[o] = units[p + n];
    }
  }
  at[pairs] = occs;
  return { n, gramAt: pairAt, doc, at, pos, left, right, long };
}

function grow32(a: Int32Array, cap: number, fillValue: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  if (fillValue !== 0) b.fill(fillValue, a.length);
  return b;
}

/** Per-n-gram work arrays of a level pass, grown with the table. */
class LevelWork {
  cap: number;
  childA: Int32Array;
  childB: Int32Array;
  block: Int32Array;
  touched: Int32Array;
  df: Int32Array;
  firstAt: Int32Array;
  multiIn: Int32Array;

  constructor(cap: number) {
    this.cap = cap;
    this.childA = new Int32Array(cap);
    this.childB = new Int32Array(cap);
    this.block = new Int32Array(cap);
    this.touched = new Int32Array(cap);
    this.df = new Int32Array(cap);
    this.firstAt = new Int32Array(cap);
    this.multiIn = new Int32Array(cap).fill(-1);
  }

  grow(): void {
    const cap = this.cap * 2;
    this.childA = grow32(this.childA, cap, 0);
    this.childB = grow32(this.childB, cap, 0);
    this.block = grow32(this.block, cap, 0);
    this.touched = grow32(this.touched, cap, 0);
    this.df = grow32(this.df, cap, 0);
    this.firstAt = grow32(this.firstAt, cap, 0);
    this.multiIn = grow32(this.multiIn, cap, -1);
    this.cap = cap;
  }
}

/**
 * One pass over a stream, doc by doc (hot loop): the id of level n's n-gram at every position whose
 * two halves are frequent (new ones added to `table`; no ids for the top level, `idsIn` null), and
 * each n-gram's docs as word-major bitset rows: bits[w * stride + x] is word w of n-gram x's set,
 * the stride growing with the table. With `log`, every occurrence (n-gram, doc, position) of an
 * n-gram that occurs more than once in its doc; with `multi`, (n-gram, doc) once per such doc,
 * (n-gram, ~doc) when it occurs three times or more.
 */
function levelPass(
  s: Units,
  docsCount: number,
  gramLen: number,
  prevIds: Ids,
  prevFreq: Uint8Array,
  table: PairTable,
  idsIn: Ids | null,
  stride0: number,
  spare: Uint32Array | null,
  log: IntLog | null,
  multi: PairLog | null,
): { ids: Ids | null; bits: Uint32Array; stride: number; work: LevelWork } {
  let ids = idsIn;
  const words = bitsetWords(docsCount);
  let stride = Math.max(64, stride0);
  let bits: Uint32Array;
  if (spare && spare.length >= words * stride) {
    bits = spare;
    bits.fill(0, 0, words * stride);
  } else bits = new Uint32Array(words * Math.ceil(stride * 1.25)); // headroom: level n + 2 reuses it
  const work = new LevelWork(1 << 12);
  let { childA, childB, block, touched, firstAt, multiIn } = work;
  // One-entry cache per parent: the unit after it last time, and the resulting id.
  const parents = prevFreq.length;
  // (unit | (id + 1) << 16; 0: empty — units are never 0; ids from 0xffff on are not cached)
  const cache = new Int32Array(parents);
  // Second chance: a small direct-mapped cache of (parent, unit) → id.
  const C2 = 1 << 12;
  const c2A = new Int32Array(C2);
  const c2U = new Int32Array(C2);
  const c2Id = new Int32Array(C2);
  const units = s.units;
  const start = s.start;
  const off = gramLen - 1;
  let nTouched = 0;
  for (let d = 0; d < docsCount; d++) {
    const end = start[d + 1];
    const bit = 1 << (d & 31);
    let a = prevIds[start[d]];
    for (let p = start[d]; p < end; p++) {
      const b = prevIds[p + 1];
      // Both halves frequent (prevFreq[0] = 0: no (n−1)-gram here).
      if (prevFreq[a] === 0 || prevFreq[b] === 0) {
        if (ids) ids[p] = 0;
        a = b;
        continue;
      }
      const u = units[p + off];
      let x: number;
      const cached = cache[a];
      if ((cached & 0xffff) === u) x = (cached >>> 16) - 1;
      else {
        const h = ((Math.imul(a, 0x9e3779b1) + Math.imul(u, 0x85ebca6b)) >>> 20) & (C2 - 1);
        if (c2A[h] === a && c2U[h] === u) x = c2Id[h];
        else {
          const size = table.size;
          x = table.getOrAdd(a - 1, u);
          c2A[h] = a;
          c2U[h] = u;
          c2Id[h] = x;
          if (x === size) {
            if (x >= work.cap) {
              work.grow();
              ({ childA, childB, block, touched, firstAt, multiIn } = work);
            }
            childA[x] = a - 1;
            childB[x] = b - 1;
            if (ids && x >= ID16_MAX && !(ids instanceof Int32Array)) ids = widen(ids);
          }
        }
        cache[a] = x < 0xffff ? u | ((x + 1) << 16) : 0;
      }
      a = b;
      if (ids) ids[p] = x + 1;
      // The block mask tells whether x occurred before in this doc.
      const v = block[x];
      if ((v & bit) === 0) {
        if (v === 0) touched[nTouched++] = x;
        block[x] = v | bit;
        if (log) firstAt[x] = p;
      } else if (multi) {
        // Twice in the doc: (x, d) logged; three times or more: (x, ~d).
        if (multiIn[x] !== d) {
          multiIn[x] = d;
          firstAt[x] = multi.size;
          multi.push(x, d);
        } else if (multi.b(firstAt[x]) >= 0) multi.setB(firstAt[x], ~d);
      } else if (log) {
        if (multiIn[x] !== d) {
          multiIn[x] = d;
          log.push(x, d, firstAt[x]);
        }
        log.push(x, d, p);
      }
    }
    if ((d & 31) === 31 || d === docsCount - 1) {
      if (table.size > stride) {
        // Wider rows: move the blocks written so far (in place if the buffer has room).
        let wider = stride;
        while (wider < table.size) wider = Math.ceil(wider * 1.5);
        const done = d >>> 5;
        if (bits.length >= words * wider) {
          for (let w = done - 1; w >= 0; w--) {
            bits.copyWithin(w * wider, w * stride, (w + 1) * stride);
            bits.fill(0, w * wider + stride, (w + 1) * wider);
          }
          bits.fill(0, done * wider, words * wider); // (a reused buffer may hold old rows there)
        } else {
          const nb = new Uint32Array(words * Math.ceil(wider * 1.25));
          for (let w = 0; w < done; w++) nb.set(bits.subarray(w * stride, (w + 1) * stride), w * wider);
          bits = nb;
        }
        stride = wider;
      }
      const base = (d >>> 5) * stride;
      const df = work.df;
      for (let i = 0; i < nTouched; i++) {
        const x = touched[i];
        const m = block[x];
        bits[base + x] = m;
        df[x] += popcount32(m);
        block[x] = 0;
      }
      nTouched = 0;
    }
  }
  if (ids) ids[s.len] = 0;
  return { ids, bits, stride, work };
}

/**
 * Level n (n-grams of length `gramLen`) from level n−1. Returns null when the level would be too
 * big (the engine then verifies such terms on the text instead).
 */
function buildLevel(
  s: Units,
  docsCount: number,
  gramLen: number,
  prev: LevelInput,
  frequent: number,
  withRepeats: boolean,
  spare: Ids | null,
  spareBits: Uint32Array | null,
  top: boolean,
  withCounts: boolean,
): { level: Level; next: LevelInput; repeats: Repeats | null; counts: Counts | null } | null {
  const words = bitsetWords(docsCount);
  const table = new PairTable(1 << 12);
  // Reuse the buffers of two levels down (every position is written; rows are cleared). The top
  // level's ids are not needed.
  const idsIn = top ? null : spare && spare.length === prev.ids.length ? spare : new Uint16Array(prev.ids.length);
  const log = withRepeats ? new IntLog() : null;
  // Row stride: about as many n-grams as the level below has (its frequent ones for level 3).
  const guess = Math.ceil(Math.max(gramLen === 3 ? prev.frequent * 1.5 : prev.grams * 1.1, 64));
  // Frequent flags by stored id (id + 1; 0: none).
  const prevFreq = new Uint8Array(prev.col.length + 1);
  for (let g = 0; g < prev.col.length; g++) prevFreq[g + 1] = prev.col[g] >= 0 ? 1 : 0;
  const multi = withCounts ? new PairLog() : null;
  const { ids, bits, stride, work } = levelPass(s, docsCount, gramLen, prev.ids, prevFreq, table, idsIn, guess, spareBits, log, multi);
  const grams = table.size;
  if (grams * words * 4 > LEVEL_BYTES) return null;
  const colA = new Int32Array(grams);
  const colB = new Int32Array(grams);
  for (let x = 0; x < grams; x++) {
    colA[x] = prev.col[work.childA[x]];
    colB[x] = prev.col[work.childB[x]];
  }
  // Exceptions of each n-gram: docs with both halves but not the n-gram. Word-major, so each step
  // reads two short rows that stay in cache.
  const exc = new PairLog();
  const prevBits = prev.bits;
  const prevCols = prev.cols;
  for (let w = 0; w < words; w++) {
    const base = w * stride;
    const prevBase = w * prevCols;
    for (let x = 0; x < grams; x++) {
      let e = prevBits[prevBase + colA[x]] & prevBits[prevBase + colB[x]] & ~bits[base + x];
      while (e !== 0) {
        const t = e & -e;
        exc.push(x, (w << 5) + (31 - Math.clz32(t)));
        e ^= t;
      }
    }
  }
  const offsets = new Uint32Array(grams + 1);
  for (let i = 0; i < exc.size; i++) offsets[exc.a(i) + 1]++;
  for (let x = 0; x < grams; x++) offsets[x + 1] += offsets[x];
  const fill = offsets.slice(0, grams);
  const eDocs = new Uint32Array(exc.size);
  for (let i = 0; i < exc.size; i++) eDocs[fill[exc.a(i)]++] = exc.b(i);
  const df = Uint32Array.from(work.df.subarray(0, grams));
  const col = new Int32Array(grams);
  const freq = new Uint8Array(grams);
  let frequentCount = 0;
  for (let x = 0; x < grams; x++) {
    col[x] = df[x] >= frequent ? x : -1;
    if (col[x] >= 0) {
      frequentCount++;
      freq[x] = 1;
    }
  }
  return {
    level: { n: gramLen, table, df, freq, offsets, docs: eDocs },
    next: {
      ids: ids ?? new Uint16Array(0),
      col: frequentCount > 0 ? col : new Int32Array(0),
      cols: stride,
      bits,
      frequent: frequentCount,
      grams,
    },
    repeats: log ? packRepeats(log, grams, gramLen, s, docsCount) : null,
    counts: multi ? packCounts(multi, grams) : null,
  };
}

/** Groups the (n-gram, doc) log by n-gram, docs ascending. */
function packCounts(log: PairLog, grams: number): Counts {
  const gramAt = new Uint32Array(grams + 1);
  for (let i = 0; i < log.size; i++) gramAt[log.a(i) + 1]++;
  for (let x = 0; x < grams; x++) gramAt[x + 1] += gramAt[x];
  const fill = gramAt.slice(0, grams);
  const doc = new Uint32Array(log.size);
  for (let i = 0; i < log.size; i++) {
    const b = log.b(i);
    doc[fill[log.a(i)]++] = b >= 0 ? b : (~b | 0x80000000) >>> 0;
  }
  return { gramAt, doc };
}

/** The levels of one stream (and, with `repeatsLen`, the repeats of that level). */
function buildStream(
  s: Units,
  gid: Ids,
  base: PostingStore,
  docsCount: number,
  frequent: number,
  maxGram: number,
  repeatsLen: number,
): { stream: Stream; repeats: Repeats | null; counts: Counts | null } {
  const levels: Level[] = [];
  let repeats: Repeats | null = null;
  let counts: Counts | null = null;
  if (maxGram < 3) return { stream: { base, levels }, repeats, counts };
  // Level 2 (bigrams) as the first input: word-major bitsets of the frequent bigrams.
  const grams2 = base.df.length;
  const col = new Int32Array(grams2).fill(-1);
  let cols = 0;
  for (let b = 0; b < grams2; b++) if (base.df[b] >= frequent) col[b] = cols++;
  let input: LevelInput = {
    ids: gid,
    col: cols > 0 ? col : new Int32Array(0),
    cols,
    bits: wordMajor(base, col, cols),
    frequent: cols,
    grams: grams2,
  };
  let spare: Ids | null = null;
  let spareBits: Uint32Array | null = null;
  for (let len = 3; len <= maxGram && input.col.length > 0; len++) {
    // The bigram ids (gid) are not needed any more once level 3 exists: level 4 may reuse them.
    const r = buildLevel(s, docsCount, len, input, frequent, len === repeatsLen, spare, spareBits, len === maxGram, len === 3 && repeatsLen > 3);
    if (!r) break;
    levels.push(r.level);
    if (r.repeats) repeats = r.repeats;
    if (r.counts) counts = r.counts;
    spare = input.ids;
    spareBits = input.bits;
    input = r.next;
  }
  return { stream: { base, levels }, repeats, counts };
}

// ---------------------------------------------------------------------------------------------

export function buildSearchIndex(input: readonly SearchDocument[], options: BuildOptions = {}): SearchIndex {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  let tick = t0;
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - tick;
    tick = now;
  };
  // Texts are used as given: lone surrogates fold to nothing and cannot match a folded term.
  const docs = [...input].sort(compareDocs);
  const n = docs.length;
  const maxGram = Math.max(2, Math.floor(options.maxGram ?? 6));
  const frequent = Math.max(1, Math.floor(options.frequent ?? Math.min(1000, Math.ceil(n / 50))));

  const corpus = foldCorpus(docs);
  lap('fold');
  const g = gramPasses(corpus, n);
  lap('grams');
  const repeatsLen = options.longPhrases !== false && maxGram >= 4 ? maxGram - 1 : 0;
  const rest = buildStream(corpus.r, g.gidR, g.main.bi, n, frequent, maxGram, repeatsLen);
  lap('levels');
  const title = buildStream(corpus.t, g.gidT, g.title.bi, n, frequent, maxGram, 0);
  const summary = buildStream(corpus.s, g.gidS, g.summary.bi, n, frequent, maxGram, 0);
  const exactTitle = new Map<string, number>();
  const sameTitle = new Int32Array(n);
  for (let d = n - 1; d >= 0; d--) {
    sameTitle[d] = exactTitle.get(corpus.titles[d]) ?? -1;
    exactTitle.set(corpus.titles[d], d);
  }
  lap('tiers');

  const places = buildPlaceTable(docs);
  const cityKeys = [...places.cities.keys()];
  const districtKeys = [...places.districts.keys()];
  const cityIdx = new Map(cityKeys.map((k, i) => [k, i]));
  const districtIdx = new Map(districtKeys.map((k, i) => [k, i]));
  const cityDocs = cityKeys.map(() => emptyBitset(n));
  const districtDocs = districtKeys.map(() => emptyBitset(n));
  const docCityAt = new Uint32Array(n + 1);
  const docDistrictAt = new Uint32Array(n + 1);
  const dc: number[] = [];
  const dd: number[] = [];
  for (let d = 0; d < n; d++) {
    docCityAt[d] = dc.length;
    docDistrictAt[d] = dd.length;
    for (const p of docs[d].places) {
      const ci = cityIdx.get(p.citySlug) as number;
      if (!dc.includes(ci, docCityAt[d])) dc.push(ci);
      cityDocs[ci][d >>> 5] |= 1 << (d & 31);
      if (p.districtSlug) {
        const k = districtIdx.get(districtKey(p.citySlug, p.districtSlug)) as number;
        if (!dd.includes(k, docDistrictAt[d])) dd.push(k);
        districtDocs[k][d >>> 5] |= 1 << (d & 31);
      }
    }
  }
  docCityAt[n] = dc.length;
  docDistrictAt[n] = dd.length;
  const docPlace = new Uint16Array(n).fill(PLACE_CSR);
  const D1 = districtKeys.length + 1;
  if (cityKeys.length * D1 < PLACE_CSR) {
    for (let d = 0; d < n; d++) {
      const cities = docCityAt[d + 1] - docCityAt[d];
      const districts = docDistrictAt[d + 1] - docDistrictAt[d];
      if (cities === 1 && districts <= 1) {
        docPlace[d] = dc[docCityAt[d]] * D1 + (districts === 1 ? dd[docDistrictAt[d]] + 1 : 0);
      }
    }
  }
  lap('places');

  return {
    kind: 'index',
    n,
    docs,
    titles: corpus.titles,
    summaries: corpus.summaries,
    others: corpus.others,
    main: g.main,
    excUni: g.excUni,
    title: g.title,
    summary: g.summary,
    streams: { title: title.stream, summary: summary.stream, rest: rest.stream },
    repeats: rest.repeats,
    counts3: rest.counts,
    frequent,
    exactTitle,
    sameTitle,
    places,
    cityKeys,
    districtKeys,
    cityDocs,
    districtDocs,
    docCityAt,
    docCity: Uint16Array.from(dc),
    docDistrictAt,
    docDistrict: Uint16Array.from(dd),
    docPlace,
    buildMs: performance.now() - t0,
    timings,
  };
}

