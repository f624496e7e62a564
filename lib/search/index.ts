// The search engine. Same answers as the reference scan (scan.ts) — that is tested — without
// reading every article. Index (see build.ts): unigram and bigram postings over all fields, and per
// stream (titles, summaries, the rest: body + authors + place names) n-gram "levels" up to 6
// characters, plus the rest stream's "repeats". A query term is answered:
//   • 1–2 characters: by its gram's postings alone (exact);
//   • 3–6 characters, while its pieces are frequent: exactly by set operations — docs of the
//     bigrams minus the levels' short exception lists — however many match, in each stream;
//   • longer: the top-level n-grams chain up. In the rest stream, where each overlap of two
//     consecutive n-grams (a "window") occurs once in the doc, the term occurs there exactly once;
//     where windows repeat, their recorded positions and neighbouring units decide, still without
//     the text. Titles and summaries are short: their candidates are checked on the folded strings
//     kept here;
//   • otherwise (rare pieces): the few candidate docs are verified. Verification reads the short
//     folded fields kept here and the ORIGINAL body. That is exact because folding is per
//     character: where none of the term's characters occurs non-literally in a body (traditional,
//     full-width, upper-case…), a folded occurrence is the term's characters themselves with only
//     characters that fold to nothing (punctuation, spaces…) between them — plain indexOf, or a
//     scan that skips those (fold.ts countLiteralAcrossDropped). Bodies where one does (an
//     "exception" index says which) are folded on the fly.
// So the index holds no copy of the body text. Counts for the ranking (rank.ts) come from the
// postings (1–2 characters), or from what the index knows of the rest stream (repeats, chains,
// repeated trigrams), else as upper bounds from the bigrams, counted exactly only for the docs
// that can still make the page.
import type { SearchDocument } from './document';
import { buildSearchIndex, PLACE_CSR, type BuildOptions, type Counts, type GramSets, type Repeats, type SearchIndex, type Stream } from './build';
import { countLiteralAcrossDropped, fold, foldWithMap } from './fold';
import { andInto, bitsetWords, emptyBitset, fullBitset, orInto, popcount, toIds, type Bitset } from './bitset';
import { sortCityFacets, sortDistrictFacets } from './facets';
import { bigramKey } from './grams';
import { countsIn, gramBitset, storeBytes, type PostingStore } from './postings';
import { resolvePlaceFilter } from './places';
import { clampPage, isPinyinCandidate, parseQuery, type SearchParams, type SearchResult } from './query';
import {
  compareRanked,
  countOccurrences as countOccurrences_,
  HIT_CAP as HIT_CAP_,
  packScore,
  togetherPairs,
  TOGETHER_WEIGHT,
  type RankKey,
} from './rank';
import { makeSnippet } from './snippet';

// Imported bindings used in hot loops, copied to locals (some transpilers turn module bindings
// into getter calls).
const HIT_CAP = HIT_CAP_;
const countOccurrences = countOccurrences_;

export type { SearchDocument } from './document';
export type { BuildOptions, SearchIndex } from './build';
export type { SearchParams, SearchResult, SearchHit } from './query';

export function buildIndex(docs: readonly SearchDocument[], options?: BuildOptions): SearchIndex {
  return buildSearchIndex(docs, options);
}

/** Bytes of the index's typed arrays, by part (strings and small maps not included). */
export function indexBytes(ix: SearchIndex): Record<string, number> {
  const sets = (g: GramSets) => storeBytes(g.uni) + storeBytes(g.bi);
  const levels = (s: Stream) => {
    let b = 0;
    for (const l of s.levels) b += l.table.bytes() + l.df.byteLength + l.offsets.byteLength + l.docs.byteLength;
    return b;
  };
  let short = 0;
  for (let d = 0; d < ix.n; d++) short += 2 * (ix.titles[d].length + ix.summaries[d].length + ix.others[d].length);
  const rp = ix.repeats;
  return {
    main: sets(ix.main) + ix.main.table.bytes(),
    levels: levels(ix.streams.rest),
    repeats: rp
      ? rp.gramAt.byteLength + rp.doc.byteLength + rp.at.byteLength + rp.pos.byteLength * 3 + (rp.long?.byteLength ?? 0)
      : 0,
    counts3: ix.counts3 ? ix.counts3.gramAt.byteLength + ix.counts3.doc.byteLength : 0,
    exceptions: storeBytes(ix.excUni),
    tiers: sets(ix.title) + sets(ix.summary) + levels(ix.streams.title) + levels(ix.streams.summary),
    shortFieldsText: short,
    places: (ix.cityDocs.length + ix.districtDocs.length) * bitsetWords(ix.n) * 4,
  };
}

// ---------------------------------------------------------------------------------------------
// Query time

function gramId(sets: GramSets, gram: string): { store: PostingStore; g: number } | null {
  if (gram.length === 1) {
    const g = gram.charCodeAt(0);
    return sets.uni.df[g] > 0 ? { store: sets.uni, g } : null;
  }
  const g = sets.table.get(bigramKey(gram.charCodeAt(0), gram.charCodeAt(1)));
  return g >= 0 && sets.bi.df[g] > 0 ? { store: sets.bi, g } : null;
}

/** Keeps the first `len` ids of `ids` (ascending) that are in the gram's set; returns how many. */
function filterIds(s: PostingStore, g: number, ids: Uint32Array, len: number): number {
  const w = s.where[g];
  let o = 0;
  if (w < 0) {
    const base = (-w - 1) * s.words;
    const bits = s.bits;
    for (let i = 0; i < len; i++) {
      const d = ids[i];
      if ((bits[base + (d >>> 5)] & (1 << (d & 31))) !== 0) ids[o++] = d;
    }
    return o;
  }
  // Merge with the sorted list.
  const lists = s.lists;
  let j = w;
  const end = w + s.df[g];
  for (let i = 0; i < len && j < end; i++) {
    const d = ids[i];
    while (j < end && lists[j] < d) j++;
    if (j < end && lists[j] === d) ids[o++] = d;
  }
  return o;
}

/** Docs with every one of the grams `ids` of a store (a fresh bitset; null: none). */
function andOfStore(s: PostingStore, ids: number[], n: number): Bitset | null {
  const order = [...new Set(ids)].sort((a, b) => s.df[a] - s.df[b]);
  if (order.length === 0 || s.df[order[0]] === 0) return null;
  const first = order[0];
  const w = s.where[first];
  if (w >= 0) {
    // The rarest gram is a list: filter its docs through the others.
    const cand = s.lists.slice(w, w + s.df[first]);
    let len = cand.length;
    for (let k = 1; k < order.length && len > 0; k++) len = filterIds(s, order[k], cand, len);
    if (len === 0) return null;
    const out = emptyBitset(n);
    for (let i = 0; i < len; i++) out[cand[i] >>> 5] |= 1 << (cand[i] & 31);
    return out;
  }
  // All dense.
  const words = s.words;
  const bits = s.bits;
  const out = bits.slice((-w - 1) * words, -w * words);
  for (let k = 1; k < order.length; k++) {
    const base = (-s.where[order[k]] - 1) * words;
    for (let x = 0; x < words; x++) out[x] &= bits[base + x];
  }
  return out;
}

/** A term's docs in one stream, from its levels. */
interface Lookup {
  /** Docs that may have the term (exactly those when `exact`); null: none. */
  set: Bitset | null;
  exact: boolean;
  /** Ids of the term's n-grams at the repeats level (the windows), when reached (rest stream). */
  windows: number[] | null;
  /** Ids of the term's trigrams, when level 3 was reached. */
  tri: number[] | null;
}

const NO_DOCS: Lookup = { set: null, exact: true, windows: null, tri: null };

function lookup(ix: SearchIndex, st: Stream, term: string, rp: Repeats | null): Lookup {
  const m = term.length;
  const base = st.base;
  const table = ix.main.table;
  const f = ix.frequent;
  let cur: number[] = [];
  for (let i = 0; i + 1 < m; i++) {
    const g = table.get(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
    // (A stream's bigram store may hold fewer ids than the main table: not in it, not there.)
    if (g < 0 || !(base.df[g] > 0)) return NO_DOCS;
    cur.push(g);
  }
  const bigrams = cur;
  let len = 2;
  let windows: number[] | null = null;
  let tri: number[] | null = null;
  const excLevel: number[] = [];
  const excId: number[] = [];
  while (len < m && len - 2 < st.levels.length) {
    // Climb only through n-grams that count as frequent (halves of the next level's n-grams).
    let frequent = true;
    if (len === 2) for (let i = 0; i < cur.length && frequent; i++) frequent = base.df[cur[i]] >= f;
    else {
      const flags = st.levels[len - 3].freq;
      for (let i = 0; i < cur.length && frequent; i++) frequent = flags[cur[i]] === 1;
    }
    if (!frequent) break;
    const level = st.levels[len - 2];
    const next: number[] = [];
    for (let i = 0; i + len < m; i++) {
      // The n-gram term[i ..= i+len]: both halves frequent, so it is in the table if it occurs.
      const x = level.table.get(cur[i], term.charCodeAt(i + len));
      if (x < 0) return NO_DOCS;
      next.push(x);
      excLevel.push(len - 2);
      excId.push(x);
    }
    cur = next;
    len++;
    if (len === 3) tri = cur;
    if (rp && len === rp.n) windows = cur;
  }
  const set = andOfStore(base, bigrams, ix.n);
  if (!set) return NO_DOCS;
  for (let k = 0; k < excId.length; k++) {
    const level = st.levels[excLevel[k]];
    const x = excId[k];
    const docs = level.docs;
    for (let i = level.offsets[x]; i < level.offsets[x + 1]; i++) {
      const d = docs[i];
      set[d >>> 5] &= ~(1 << (d & 31));
    }
  }
  // The repeats chain needs the level just above the windows' (the top level).
  if (windows && len !== rp!.n + 1 && len !== m) windows = null;
  return { set, exact: len === m, windows, tri };
}

/** Keeps in `set` the docs whose short field contains the term. */
function verifyShort(set: Bitset, strings: readonly string[], term: string): void {
  for (let w = 0; w < set.length; w++) {
    let x = set[w];
    while (x !== 0) {
      const t = x & -x;
      const d = (w << 5) + (31 - Math.clz32(t));
      if (!strings[d].includes(term)) set[w] &= ~t;
      x ^= t;
    }
  }
}

function isEmpty(b: Bitset): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** Exact docs of a term in a short field (title or summary stream); null: none. */
function shortDocs(ix: SearchIndex, st: Stream, strings: readonly string[], term: string): Bitset | null {
  const l = lookup(ix, st, term, null);
  if (!l.set) return null;
  if (!l.exact) verifyShort(l.set, strings, term);
  return isEmpty(l.set) ? null : l.set;
}

/** Docs whose body has one of the grams non-literally (null: none). */
function exceptionsOf(ix: SearchIndex, store: PostingStore, grams: number[]): Bitset | null {
  let out: Bitset | null = null;
  for (const g of grams) {
    if (g < 0 || store.df[g] === 0) continue;
    out = out ?? emptyBitset(ix.n);
    const w = store.where[g];
    if (w < 0) orInto(out, gramBitset(store, g).bits);
    else for (let i = w; i < w + store.df[g]; i++) out[store.lists[i] >>> 5] |= 1 << (store.lists[i] & 31);
  }
  return out;
}

/** A term as searched: the folded term, the query piece it came from, its lazily computed exceptions. */
interface Probe {
  term: string;
  /** The query piece without leading/trailing punctuation: tried verbatim first. */
  raw: string;
  /** Docs whose body has one of the term's units non-literally (traditional, full-width…): their
   *  body must be folded to find the term. Computed lazily. */
  excUnits: Bitset | null | undefined;
}

function probe(term: string, raw: string): Probe {
  return { term, raw, excUnits: undefined };
}

/** Must doc d's body be folded to find the term? Else its units occur there only literally. */
function mustFold(ix: SearchIndex, pr: Probe, d: number): boolean {
  if (pr.excUnits === undefined) {
    const units: number[] = [];
    for (let i = 0; i < pr.term.length; i++) units.push(pr.term.charCodeAt(i));
    pr.excUnits = exceptionsOf(ix, ix.excUni, units);
  }
  return pr.excUnits !== null && (pr.excUnits[d >>> 5] & (1 << (d & 31))) !== 0;
}

/** min(cap, occurrences of a 3+-unit term in the body of doc d, after folding). */
function bodyCount(ix: SearchIndex, pr: Probe, d: number, cap: number): number {
  const text = ix.docs[d].text;
  if (mustFold(ix, pr, d)) return countOccurrences(fold(text), pr.term, cap);
  return countLiteralAcrossDropped(text, pr.term, cap);
}

/** Does the body of doc d contain the (3+-unit) term after folding? */
function bodyHas(ix: SearchIndex, pr: Probe, d: number): boolean {
  const text = ix.docs[d].text;
  // A verbatim occurrence of the query piece (as copied from an article, punctuation and all)
  // is an occurrence of its folding: try it first.
  if (pr.raw !== pr.term && text.includes(pr.raw)) return true;
  if (mustFold(ix, pr, d)) return fold(text).includes(pr.term);
  // The term's units occur literally: verbatim, or with punctuation and the like between them.
  return text.includes(pr.term) || countLiteralAcrossDropped(text, pr.term, 1) > 0;
}

/**
 * min(cap, occurrences of a 3+-unit term in doc d): on the folded short fields, and for the rest
 * stream (body, authors, places) from what the index knows of its count there, else on the text.
 */
function countInDoc(ix: SearchIndex, pr: Probe, d: number, cap: number, rest: RestDocs | null = null): number {
  const term = pr.term;
  let c = countOccurrences(ix.titles[d], term, cap);
  if (c < cap) c += countOccurrences(ix.summaries[d], term, cap - c);
  if (c >= cap) return cap;
  const known = rest ? restCount(rest, d) : -1;
  if (known >= 0) return Math.min(cap, c + known);
  c += countOccurrences(ix.others[d], term, cap - c);
  if (c < cap) c += bodyCount(ix, pr, d, cap - c);
  return c;
}

/** The term's count (capped) in the rest stream of doc d when known, else −1. */
function restCount(rest: RestDocs, d: number): number {
  const w = d >>> 5;
  const t = 1 << (d & 31);
  if (!rest.set || (rest.set[w] & t) === 0) return 0;
  if (rest.once && (rest.once[w] & t) !== 0) return 1;
  const counted = rest.counted;
  if (!counted) return -1;
  let lo = 0;
  let hi = counted.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (countedDoc(counted, mid) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < counted.size && countedDoc(counted, lo) === d ? countedCount(counted, lo) : -1;
}

/** Keeps in `set` the docs whose rest stream (body, authors, places) contains the term. */
function verifyRest(ix: SearchIndex, pr: Probe, set: Bitset, only: Bitset | null): void {
  for (let w = 0; w < set.length; w++) {
    let x = only ? set[w] & only[w] : set[w];
    while (x !== 0) {
      const t = x & -x;
      const d = (w << 5) + (31 - Math.clz32(t));
      if (!ix.others[d].includes(pr.term) && !bodyHas(ix, pr, d)) set[w] &= ~t;
      x ^= t;
    }
  }
}

/** First index ≥ from in the ascending `a[from..end)` whose value is ≥ v (galloping search). */
function seek(a: Uint32Array, from: number, end: number, v: number): number {
  if (from >= end || a[from] >= v) return from;
  let lo = from; // a[lo] < v
  let step = 1;
  let hi = from + 1;
  while (hi < end && a[hi] < v) {
    lo = hi;
    step <<= 1;
    hi = lo + step;
  }
  if (hi > end) hi = end;
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rest stream of a long term (the chain of top-level n-grams, `cand` = docs with all of them):
 * docs where every interior window (n-gram of the repeats level) occurs once hold the term exactly
 * once. In the others, where a run of windows repeats, the term occurs iff some occurrence of the
 * run's first window is followed by the run's other windows at consecutive positions, with the
 * term's units just before and after the run (which ties the run to the windows that occur once:
 * consecutive single windows are tied by the top-level n-gram containing both).
 * Drops from `cand` the docs without the term. Returns the docs that were in doubt (`unsure`) and,
 * for those kept, their exact counts (capped), except for docs too long for the repeats.
 */
function chainRest(ix: SearchIndex, rp: Repeats, term: string, windows: number[], cand: Bitset): { unsure: Bitset; counted: Counted } {
  const W = windows.length;
  const n = rp.n;
  const { gramAt, doc, at, pos, left, right } = rp;
  // Per window, the candidate docs where it repeats; in doubt: docs where an interior one does.
  // (From the window's repeat list, or — when the candidates are much fewer — by looking each
  // candidate up in it.)
  const rep: Bitset[] = [];
  const unsure = emptyBitset(ix.n);
  let candIds: Uint32Array | null = null;
  const candCount = popcount(cand);
  for (let j = 0; j < W; j++) {
    const b = emptyBitset(ix.n);
    const y = windows[j];
    const from = gramAt[y];
    const to = gramAt[y + 1];
    if (to - from <= candCount * 8) {
      for (let k = from; k < to; k++) {
        const d = doc[k];
        if ((cand[d >>> 5] & (1 << (d & 31))) !== 0) b[d >>> 5] |= 1 << (d & 31);
      }
    } else {
      candIds = candIds ?? toIds(cand, candCount);
      let k = from;
      for (let i = 0; i < candIds.length; i++) {
        const d = candIds[i];
        k = seek(doc, k, to, d);
        if (k < to && doc[k] === d) b[d >>> 5] |= 1 << (d & 31);
      }
    }
    rep.push(b);
    if (j > 0 && j < W - 1) orInto(unsure, b);
  }
  const long = rp.long;
  if (long) {
    for (let i = 0; i < unsure.length; i++) unsure[i] |= long[i] & cand[i];
  }
  const cap = popcount(unsure);
  const counts = new Uint8Array(cap);
  const counted: Counted = { docs: new Uint32Array(cap), counts, size: 0 };
  const cursor = new Int32Array(W);
  const pair = new Int32Array(W);
  for (let j = 0; j < W; j++) cursor[j] = gramAt[windows[j]];
  const tu = new Uint16Array(term.length);
  for (let i = 0; i < term.length; i++) tu[i] = term.charCodeAt(i);
  for (let w = 0; w < unsure.length; w++) {
    let bits = unsure[w];
    if (long) bits &= ~long[w]; // verified on the text below
    while (bits !== 0) {
      const t = bits & -bits;
      bits ^= t;
      const d = (w << 5) + (31 - Math.clz32(t));
      let single = false;
      for (let j = 0; j < W; j++) {
        if ((rep[j][w] & t) === 0) {
          pair[j] = -1;
          single = true;
          continue;
        }
        const c = seek(doc, cursor[j], gramAt[windows[j] + 1], d);
        cursor[j] = c;
        pair[j] = c;
      }
      let ok = true;
      let found = 0;
      let j = 0;
      while (j < W && ok) {
        if (pair[j] < 0) {
          j++;
          continue;
        }
        const a = j;
        while (j < W && pair[j] >= 0) j++;
        const b = j - 1;
        // An end window next to a single one: placed by the top-level n-gram holding both.
        if (a === b && (a === 0 || b === W - 1)) continue;
        found = 0;
        const pa = pair[a];
        for (let k = at[pa]; k < at[pa + 1]; k++) {
          if (a > 0 && left[k] !== tu[a - 1]) continue;
          const p = pos[k];
          let r = right[k];
          let chained = true;
          for (let jj = a + 1; jj <= b && chained; jj++) {
            const want = p + (jj - a);
            const pj = pair[jj];
            let kk = at[pj];
            const ke = at[pj + 1];
            while (kk < ke && pos[kk] < want) kk++;
            if (kk < ke && pos[kk] === want) r = right[kk];
            else chained = false;
          }
          if (!chained || (b < W - 1 && r !== tu[b + n])) continue;
          found++;
          if (single || found >= HIT_CAP) break;
        }
        if (found === 0) ok = false;
      }
      if (!ok) cand[w] &= ~t;
      else {
        // With a single window the term occurs once; else `found` counts its occurrences.
        counted.docs[counted.size] = d;
        counts[counted.size++] = single ? 1 : found;
      }
    }
  }
  if (long) {
    const check = cand.slice();
    andInto(check, long);
    if (!isEmpty(check)) verifyRest(ix, probe(term, term), cand, long);
  }
  return { unsure, counted };
}

/**
 * Exact counts (capped) of some docs, docs ascending. With `counts` null, they are packed in the
 * docs: bits 0–30 the doc, bit 31 set for 3 (or more), else 2.
 */
interface Counted {
  docs: Uint32Array;
  counts: Uint8Array | null;
  size: number;
}

function countedDoc(c: Counted, i: number): number {
  return c.counts ? c.docs[i] : c.docs[i] & 0x7fffffff;
}

function countedCount(c: Counted, i: number): number {
  return c.counts ? c.counts[i] : c.docs[i] >>> 31 ? 3 : 2;
}

/** Docs having the term in the rest stream, and what is known of its count there. */
interface RestDocs {
  set: Bitset | null;
  /** Docs where the term occurs exactly once in the rest stream (a subset of set); null: unknown. */
  once: Bitset | null;
  /** Further exact counts (capped) in the rest stream. */
  counted: Counted | null;
  /** Whether once and counted cover every doc of set. */
  complete: boolean;
}

/** Docs where every window repeats (or whose repeats are not recorded). */
function allRepeated(ix: SearchIndex, rp: Repeats, windows: number[]): Bitset {
  let acc: Bitset | null = null;
  for (const y of new Set(windows)) {
    const b = emptyBitset(ix.n);
    for (let k = rp.gramAt[y]; k < rp.gramAt[y + 1]; k++) {
      const d = rp.doc[k];
      b[d >>> 5] |= 1 << (d & 31);
    }
    if (acc) andInto(acc, b);
    else acc = b;
  }
  const out = acc ?? emptyBitset(ix.n);
  if (rp.long) orInto(out, rp.long);
  return out;
}

/**
 * Counts in the rest stream of a 3- or 4-unit term (exact set `set`), from its trigrams' repeats:
 * where one of its trigrams occurs once, the term occurs once; a 3-unit term's repeats count it.
 */
function trigramCounts(ix: SearchIndex, c3: Counts, tri: number[], set: Bitset): RestDocs {
  if (isEmpty(set)) return { set: null, once: null, counted: null, complete: true };
  const doubt: Bitset[] = [];
  for (const x of tri) {
    const b = emptyBitset(ix.n);
    for (let k = c3.gramAt[x]; k < c3.gramAt[x + 1]; k++) {
      const d = c3.doc[k] & 0x7fffffff;
      b[d >>> 5] |= 1 << (d & 31);
    }
    doubt.push(b);
  }
  const once = set.slice();
  for (let i = 0; i < once.length; i++) {
    let both = doubt[0][i];
    for (let j = 1; j < doubt.length; j++) both &= doubt[j][i];
    once[i] &= ~both;
  }
  let counted: Counted | null = null;
  if (tri.length === 1) {
    // A 3-unit term: its trigram's repeats count it (packed as in Counts).
    const x = tri[0];
    counted = { docs: c3.doc.subarray(c3.gramAt[x], c3.gramAt[x + 1]), counts: null, size: c3.gramAt[x + 1] - c3.gramAt[x] };
  }
  return { set, once, counted, complete: tri.length === 1 };
}

function restDocs(ix: SearchIndex, pr: Probe): RestDocs {
  const term = pr.term;
  const rp = ix.repeats;
  const l = lookup(ix, ix.streams.rest, term, rp);
  if (!l.set) return { set: null, once: null, counted: null, complete: true };
  const set = l.set;
  if (!l.windows || !rp) {
    if (!l.exact) verifyRest(ix, pr, set, null);
    else if (l.tri && l.tri.length <= 2 && ix.counts3) return trigramCounts(ix, ix.counts3, l.tri, set);
    return { set: isEmpty(set) ? null : set, once: null, counted: null, complete: false };
  }
  let counted: Counted | null = null;
  let doubt: Bitset;
  if (l.exact) {
    // The term occurs at most as often as each of its windows: once, unless all repeat.
    doubt = allRepeated(ix, rp, l.windows);
    if (l.windows.length === 1) {
      // The term is a window itself: its repeats count it.
      const y = l.windows[0];
      const size = rp.gramAt[y + 1] - rp.gramAt[y];
      const counts = new Uint8Array(size);
      for (let i = 0; i < size; i++) {
        const k = rp.gramAt[y] + i;
        counts[i] = Math.min(HIT_CAP, rp.at[k + 1] - rp.at[k]);
      }
      counted = { docs: rp.doc.subarray(rp.gramAt[y], rp.gramAt[y + 1]), counts, size };
    }
  } else {
    const r = chainRest(ix, rp, term, l.windows, set);
    doubt = r.unsure;
    counted = r.counted;
  }
  if (isEmpty(set)) return { set: null, once: null, counted: null, complete: true };
  const once = set.slice();
  for (let i = 0; i < once.length; i++) once[i] &= ~doubt[i];
  // Complete unless some doc's repeats are not recorded, or (a 6-unit term) both its windows repeat.
  let complete = counted !== null && (l.exact ? l.windows.length === 1 : true);
  if (complete && rp.long) {
    for (let i = 0; i < set.length && complete; i++) if ((set[i] & rp.long[i]) !== 0) complete = false;
  }
  return { set, once, counted, complete };
}

interface TermMatch extends Probe {
  /** Docs with the term in some field, or about the place it names (pinyin slug). */
  set: Bitset;
  /** Exact docs with the term in the title / summary (null: none), once known. */
  title: Bitset | null | undefined;
  /** What is known of the term's count in the rest stream (3+ units). */
  rest: RestDocs | null;
  /** Docs about the place the term names as a pinyin slug (null: none). */
  slug: Bitset | null;
  /** The docs with the term itself, when `slug` added others to `set`. */
  textSet: Bitset | null;
  summary: Bitset | null | undefined;
  /** min(HIT_CAP, occurrences in all fields, +1 for a pinyin place match), for the docs of the
   *  query (see termCounts); for docs in `bound`, only an upper bound (the exact count is taken
   *  when needed). */
  tf: Uint8Array | null;
  bound: Bitset | null;
}

/** The query piece without the characters that fold to nothing at either end. */
function trimRaw(raw: string): string {
  const { start, end } = foldWithMap(raw);
  return start.length === 0 ? raw : raw.slice(start[0], end[end.length - 1]);
}

/** Exact docs of a term of 1–2 units in a GramSets (a shared view or fresh; do not modify). */
function shortGramDocs(sets: GramSets, term: string): Bitset | null {
  const id = gramId(sets, term);
  return id ? gramBitset(id.store, id.g).bits : null;
}

function fieldDocs(ix: SearchIndex, tm: TermMatch, which: 'title' | 'summary'): Bitset | null {
  const have = tm[which];
  if (have !== undefined) return have;
  const v = shortGramDocs(which === 'title' ? ix.title : ix.summary, tm.term);
  tm[which] = v;
  return v;
}

/** Docs containing `term` in any field (plus, for a pinyin place slug, the docs about that place). */
function matchTerm(ix: SearchIndex, term: string, raw: string): TermMatch {
  const n = ix.n;
  const tm: TermMatch = {
    term,
    raw: trimRaw(raw),
    excUnits: undefined,
    set: emptyBitset(n),
    title: undefined,
    summary: undefined,
    rest: null,
    slug: null,
    textSet: null,
    tf: null,
    bound: null,
  };
  if (term.length <= 2) {
    const id = gramId(ix.main, term);
    if (id) {
      const b = gramBitset(id.store, id.g);
      tm.set = b.shared ? b.bits.slice() : b.bits;
    }
  } else {
    const title = shortDocs(ix, ix.streams.title, ix.titles, term);
    const summary = shortDocs(ix, ix.streams.summary, ix.summaries, term);
    const rest = restDocs(ix, tm);
    tm.title = title;
    tm.summary = summary;
    tm.rest = rest;
    const set = tm.set;
    if (title) orInto(set, title);
    if (summary) orInto(set, summary);
    if (rest.set) orInto(set, rest.set);
  }
  if (isPinyinCandidate(term)) {
    const extra = slugDocs(ix, term);
    if (extra) {
      tm.slug = extra;
      tm.textSet = tm.set.slice();
      orInto(tm.set, extra);
    }
  }
  return tm;
}

/**
 * The term's counts (tf, bound) for the docs of `m` (the query's docs): exact for 1–2 units; for
 * longer terms bounded by the two rarest bigrams, exact where that bound is 1, or where the only
 * occurrences are in the rest stream and their number is known.
 */
function termCounts(ix: SearchIndex, tm: TermMatch, m: Bitset): void {
  const n = ix.n;
  const term = tm.term;
  const tf = new Uint8Array(n);
  tm.tf = tf;
  const text = tm.textSet ?? tm.set;
  if (term.length <= 2) {
    const id = gramId(ix.main, term);
    if (id) countsIn(id.store, id.g, tf, HIT_CAP, m, false);
  } else if (!isEmpty(text)) {
    const rest = tm.rest;
    const title = tm.title;
    const summary = tm.summary;
    const inBoth = text.slice();
    andInto(inBoth, m);
    // Docs whose count gets an upper bound from the bigrams (and is counted exactly when needed):
    // all of them, or — when the rest stream's counts are all known — only those with the term in
    // the title or summary.
    let boundable: Bitset = inBoth;
    if (rest && rest.complete && rest.set) {
      boundable = emptyBitset(n);
      for (let w = 0; w < inBoth.length; w++) boundable[w] = inBoth[w] & ((title ? title[w] : 0) | (summary ? summary[w] : 0));
      const { once, counted } = rest;
      const rs = rest.set;
      let ci = 0;
      for (let w = 0; w < inBoth.length; w++) {
        let x = inBoth[w] & rs[w] & ~boundable[w];
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          const d = (w << 5) + (31 - Math.clz32(t));
          if (once && (once[w] & t) !== 0) {
            tf[d] = 1;
            continue;
          }
          if (counted) {
            while (ci < counted.size && countedDoc(counted, ci) < d) ci++;
            if (ci < counted.size && countedDoc(counted, ci) === d) {
              tf[d] = countedCount(counted, ci);
              continue;
            }
          }
          boundable[w] |= t; // not expected: bound it
        }
      }
    }
    if (!isEmpty(boundable)) {
      const ids: number[] = [];
      for (let i = 0; i + 1 < term.length; i++) {
        const g = ix.main.table.get(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
        if (g >= 0 && !ids.includes(g)) ids.push(g);
      }
      const bi = ix.main.bi;
      ids.sort((a, b) => bi.df[a] - bi.df[b]);
      countsIn(bi, ids[0], tf, HIT_CAP, boundable, false);
      if (ids.length > 1) countsIn(bi, ids[1], tf, HIT_CAP, boundable, true);
      const bound = emptyBitset(n);
      let anyBound = false;
      for (let w = 0; w < boundable.length; w++) {
        let x = boundable[w];
        let b = 0;
        while (x !== 0) {
          const t = x & -x;
          x ^= t;
          if (tf[(w << 5) + (31 - Math.clz32(t))] > 1) b |= t;
        }
        if (b !== 0) {
          bound[w] = b;
          anyBound = true;
        }
      }
      if (anyBound && rest?.once && !rest.complete) {
        // In neither short field and once in the rest: exactly 1.
        const once = rest.once;
        for (let w = 0; w < bound.length; w++) {
          let x = bound[w] & once[w] & ~(title ? title[w] : 0) & ~(summary ? summary[w] : 0);
          if (x === 0) continue;
          bound[w] &= ~x;
          while (x !== 0) {
            const t = x & -x;
            x ^= t;
            tf[(w << 5) + (31 - Math.clz32(t))] = 1;
          }
        }
      }
      if (anyBound && rest?.counted && !rest.complete) {
        const counted = rest.counted;
        for (let i = 0; i < counted.size; i++) {
          const d = countedDoc(counted, i);
          const w = d >>> 5;
          const t = 1 << (d & 31);
          if ((bound[w] & t) === 0) continue;
          if ((title && (title[w] & t) !== 0) || (summary && (summary[w] & t) !== 0)) continue;
          tf[d] = countedCount(counted, i);
          bound[w] &= ~t;
        }
      }
      tm.bound = anyBound ? bound : null;
    }
  }
  if (tm.slug) {
    const slug = tm.slug;
    for (let w = 0; w < slug.length; w++) {
      let x = slug[w] & m[w];
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        const d = (w << 5) + (31 - Math.clz32(t));
        if (tm.bound && (tm.bound[w] & t) !== 0) {
          // Make the bound count exact before adding the place match.
          tf[d] = countInDoc(ix, tm, d, HIT_CAP, tm.rest);
          tm.bound[w] &= ~t;
        } else if ((text[w] & t) === 0) tf[d] = 0;
        tf[d] = Math.min(HIT_CAP, tf[d] + 1);
      }
    }
  }
}

/** Exactly the docs containing `term` in some field (no counts): for the `together` rule. */
function docsWith(ix: SearchIndex, term: string): Bitset {
  if (term.length <= 2) {
    const id = gramId(ix.main, term);
    return id ? gramBitset(id.store, id.g).bits : emptyBitset(ix.n);
  }
  const set = emptyBitset(ix.n);
  const title = shortDocs(ix, ix.streams.title, ix.titles, term);
  const summary = shortDocs(ix, ix.streams.summary, ix.summaries, term);
  const rest = restDocs(ix, probe(term, term));
  if (title) orInto(set, title);
  if (summary) orInto(set, summary);
  if (rest.set) orInto(set, rest.set);
  return set;
}

/** Docs about the place whose slug (city or district) is `slug`. */
function slugDocs(ix: SearchIndex, slug: string): Bitset | null {
  let out: Bitset | null = null;
  ix.cityKeys.forEach((k, i) => {
    if (k !== slug) return;
    out = out ?? emptyBitset(ix.n);
    orInto(out, ix.cityDocs[i]);
  });
  ix.districtKeys.forEach((k, i) => {
    if (k.slice(k.indexOf('/') + 1) !== slug) return;
    out = out ?? emptyBitset(ix.n);
    orInto(out, ix.districtDocs[i]);
  });
  return out;
}

type Ranked = RankKey & { doc: number };

export function search(ix: SearchIndex, params: SearchParams): SearchResult {
  const parsed = parseQuery(params.q);
  const { offset, limit } = clampPage(params);
  const filter = resolvePlaceFilter(ix.places, params.city, params.district);
  const messages = [...parsed.messages, ...filter.messages];
  const { terms } = parsed;
  const hasFilter = filter.citySlug !== null || filter.districtKeys !== null;
  const finish = (r: Omit<SearchResult, 'message'>): SearchResult =>
    messages.length ? { ...r, message: messages.join('；') } : r;
  const none = { total: 0, hits: [], terms, facets: { cities: [], districts: [] } };
  if (filter.unknown) return finish(none);
  if (terms.length === 0 && !hasFilter) {
    if (!parsed.nothingSearchable) messages.push('请输入要搜索的词');
    return finish(none);
  }
  const n = ix.n;

  // 1. The query's doc set: every term.
  const matches: TermMatch[] = [];
  const m: Bitset = fullBitset(n);
  for (let i = 0; i < terms.length; i++) {
    const tm = matchTerm(ix, terms[i], parsed.raws[i]);
    matches.push(tm);
    andInto(m, tm.set);
  }

  // 2. Facets: cities before the place filter; districts after the city filter.
  const cityFilterIdx = filter.citySlug !== null ? ix.cityKeys.indexOf(filter.citySlug) : -1;
  const cityCount = new Int32Array(ix.cityKeys.length);
  const districtCount = new Int32Array(ix.districtKeys.length);
  const queryIds = toIds(m);
  const cityFilter = cityFilterIdx >= 0 ? ix.cityDocs[cityFilterIdx] : null;
  {
    // Docs with one place: counted by (city, district) code; the others from their place lists.
    const { docCityAt, docCity, docDistrictAt, docDistrict, docPlace } = ix;
    const D1 = districtCount.length + 1;
    const byCode = new Int32Array(cityCount.length * D1);
    for (let i = 0; i < queryIds.length; i++) {
      const d = queryIds[i];
      const code = docPlace[d];
      if (code !== PLACE_CSR) {
        byCode[code]++;
        continue;
      }
      for (let j = docCityAt[d]; j < docCityAt[d + 1]; j++) cityCount[docCity[j]]++;
      if (cityFilter && (cityFilter[d >>> 5] & (1 << (d & 31))) === 0) continue;
      for (let j = docDistrictAt[d]; j < docDistrictAt[d + 1]; j++) districtCount[docDistrict[j]]++;
    }
    for (let c = 0; c < cityCount.length; c++) {
      for (let k = 0; k < D1; k++) {
        const v = byCode[c * D1 + k];
        if (v === 0) continue;
        cityCount[c] += v;
        if (k > 0 && (cityFilterIdx < 0 || c === cityFilterIdx)) districtCount[k - 1] += v;
      }
    }
  }
  const cityCounts = new Map<string, number>();
  cityCount.forEach((c, i) => c > 0 && cityCounts.set(ix.cityKeys[i], c));
  const districtCounts = new Map<string, number>();
  districtCount.forEach((c, i) => {
    const key = ix.districtKeys[i];
    if (c > 0 && (filter.citySlug === null || key.startsWith(`${filter.citySlug}/`))) districtCounts.set(key, c);
  });
  if (cityFilter) andInto(m, cityFilter);
  if (filter.districtKeys !== null) {
    const ds = emptyBitset(n);
    for (const key of filter.districtKeys) {
      const i = ix.districtKeys.indexOf(key);
      if (i >= 0) orInto(ds, ix.districtDocs[i]);
    }
    andInto(m, ds);
  }
  const ids = hasFilter ? toIds(m) : queryIds;
  const total = ids.length;

  // 3. Ranking and snippets for the requested page.
  const k = Math.min(total, offset + limit);
  const top = k > 0 ? topK(ix, ids, m, parsed.phrase, matches, k) : [];
  const hits = top.slice(offset, offset + limit).map((r) => {
    const doc = ix.docs[r.doc];
    return { id: doc.id, score: packScore(r), title: doc.title, snippet: makeSnippet(doc, terms) };
  });
  return finish({
    total,
    hits,
    terms,
    facets: {
      cities: sortCityFacets(ix.places, cityCounts),
      districts: sortDistrictFacets(ix.places, districtCounts),
    },
  });
}

/** Slugs of every matching article (unranked): for tests and benchmarks. */
export function matchIds(ix: SearchIndex, params: SearchParams): string[] {
  const parsed = parseQuery(params.q);
  const filter = resolvePlaceFilter(ix.places, params.city, params.district);
  const hasFilter = filter.citySlug !== null || filter.districtKeys !== null;
  if (filter.unknown || (parsed.terms.length === 0 && !hasFilter)) return [];
  const m = fullBitset(ix.n);
  parsed.terms.forEach((t, i) => andInto(m, matchTerm(ix, t, parsed.raws[i]).set));
  if (filter.citySlug !== null) andInto(m, ix.cityDocs[ix.cityKeys.indexOf(filter.citySlug)]);
  if (filter.districtKeys !== null) {
    const ds = emptyBitset(ix.n);
    for (const key of filter.districtKeys) orInto(ds, ix.districtDocs[ix.districtKeys.indexOf(key)]);
    andInto(m, ds);
  }
  return Array.from(toIds(m), (d) => ix.docs[d].id);
}

/**
 * The best `k` of the matching docs `ids` (bitset `m`) by the rank.ts key. Exact-title, title and
 * summary hits come from small indexes; hits from the per-term counts; closeness — the only costly
 * part — is computed only for docs whose upper bound (hits + 2·3) can still make the cut.
 */
function topK(
  ix: SearchIndex,
  ids: Uint32Array,
  m: Bitset,
  phrase: string,
  matches: TermMatch[],
  k: number,
): Ranked[] {
  const n = ix.n;
  for (const tm of matches) termCounts(ix, tm, m);
  const terms = matches.map((tm) => tm.term);
  const tier = new Uint16Array(n); // exact·4096 + title·64 + summary
  const touchedSet = emptyBitset(n); // docs with a title, summary or exact-title hit
  const touchAll = (set: Bitset | null, add: number) => {
    if (!set) return;
    for (let w = 0; w < m.length; w++) {
      let x = set[w] & m[w];
      touchedSet[w] |= x;
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        tier[(w << 5) + (31 - Math.clz32(t))] += add;
      }
    }
  };
  for (const tm of matches) {
    touchAll(fieldDocs(ix, tm, 'title'), 64);
    touchAll(fieldDocs(ix, tm, 'summary'), 1);
  }
  if (phrase.length > 0) {
    for (let d = ix.exactTitle.get(phrase) ?? -1; d >= 0; d = ix.sameTitle[d]) {
      if ((m[d >>> 5] & (1 << (d & 31))) === 0) continue;
      touchedSet[d >>> 5] |= 1 << (d & 31);
      tier[d] += 4096;
    }
  }
  const touched = toIds(touchedSet);
  const tfs = matches.map((tm) => tm.tf as Uint8Array);
  const exactHits = (d: number): number => {
    let h = 0;
    for (let i = 0; i < matches.length; i++) {
      const tm = matches[i];
      const tf = tfs[i];
      if (tm.bound && (tm.bound[d >>> 5] & (1 << (d & 31))) !== 0) {
        tf[d] = countInDoc(ix, tm, d, HIT_CAP, tm.rest);
        tm.bound[d >>> 5] &= ~(1 << (d & 31));
      }
      h += tf[d];
    }
    return h;
  };
  // Rule 4: neighbouring terms right next to each other (exact doc sets of the joined phrases).
  let together: Uint8Array | null = null;
  for (const [ab, ba] of togetherPairs(terms)) {
    const both = docsWith(ix, ab).slice();
    orInto(both, docsWith(ix, ba));
    andInto(both, m);
    const ids = toIds(both);
    together = together ?? new Uint8Array(n);
    for (let i = 0; i < ids.length; i++) together[ids[i]]++;
  }
  const keyOf = (d: number): Ranked => {
    const t = tier[d];
    const relevance = (together ? together[d] * TOGETHER_WEIGHT : 0) + exactHits(d);
    return { doc: d, exact: t >>> 12, title: (t >>> 6) & 63, summary: t & 63, relevance };
  };
  const bounds: Bounds = { tfs, together };

  // Tiers best first, docs ascending within one: a counting sort by tier (exact·4096 + title·64 +
  // summary, small) of the touched docs taken in doc order.
  let top = 0;
  for (let x = 0; x < touched.length; x++) if (tier[touched[x]] > top) top = tier[touched[x]];
  const perTier = new Uint32Array(top + 2);
  for (let x = 0; x < touched.length; x++) perTier[top - tier[touched[x]] + 1]++;
  for (let v = 1; v <= top + 1; v++) perTier[v] += perTier[v - 1];
  const sorted = new Uint32Array(touched.length);
  for (let x = 0; x < touched.length; x++) sorted[perTier[top - tier[touched[x]]]++] = touched[x];
  const out: Ranked[] = [];
  let i = 0;
  while (i < sorted.length && out.length < k) {
    let j = i;
    while (j < sorted.length && tier[sorted[j]] === tier[sorted[i]]) j++;
    out.push(...bestOf(sorted.subarray(i, j), k - out.length, keyOf, bounds));
    i = j;
  }
  if (out.length < k) {
    // The last tier: matching docs without title/summary hits, in doc order.
    let o = 0;
    const rest = new Uint32Array(ids.length);
    for (let x = 0; x < ids.length; x++) if (tier[ids[x]] === 0) rest[o++] = ids[x];
    out.push(...bestOf(rest.subarray(0, o), k - out.length, keyOf, bounds));
  }
  return out;
}

/**
 * Best `need` docs of one tier (`docs` ascending) by relevance, then doc number. Docs are
 * counting-sorted by an upper bound of their relevance (stable: doc order within a level) and
 * evaluated best level first; a level stops as soon as its bound cannot beat the worst kept.
 * The bound is exact except where a long term's count is only bounded (then counted on the text).
 */
/** Per-doc upper bounds of the relevance: together·TOGETHER_WEIGHT + Σ term counts (or bounds). */
interface Bounds {
  tfs: Uint8Array[];
  together: Uint8Array | null;
}

function bestOf(docs: Uint32Array, need: number, keyOf: (d: number) => Ranked, bounds: Bounds): Ranked[] {
  if (need <= 0 || docs.length === 0) return [];
  const bound = new Uint16Array(docs.length);
  const { tfs, together } = bounds;
  if (together) for (let i = 0; i < docs.length; i++) bound[i] = together[docs[i]] * TOGETHER_WEIGHT;
  for (const tf of tfs) for (let i = 0; i < docs.length; i++) bound[i] += tf[docs[i]];
  let max = 0;
  for (let i = 0; i < docs.length; i++) if (bound[i] > max) max = bound[i];
  const levelStart = new Uint32Array(max + 2);
  for (let i = 0; i < docs.length; i++) levelStart[max - bound[i] + 1]++;
  for (let l = 1; l <= max + 1; l++) levelStart[l] += levelStart[l - 1];
  const order = new Uint32Array(docs.length);
  const fill = levelStart.slice();
  for (let i = 0; i < docs.length; i++) order[fill[max - bound[i]]++] = docs[i];

  const best: Ranked[] = [];
  for (let level = 0; level <= max; level++) {
    const top = max - level; // best relevance possible on this level
    const worst0 = best.length >= need ? best[best.length - 1] : null;
    if (worst0 && top < worst0.relevance) break;
    for (let x = levelStart[level]; x < levelStart[level + 1]; x++) {
      const d = order[x];
      const w = best.length >= need ? best[best.length - 1] : null;
      // Docs of a level come in increasing order: once one cannot beat the worst kept, none after it can.
      if (w && (top < w.relevance || (top === w.relevance && d > w.doc))) break;
      const r = keyOf(d);
      if (w && compareRanked(r, w) >= 0) continue;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareRanked(best[mid], r) < 0) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, r);
      if (best.length > need) best.pop();
    }
  }
  return best;
}
