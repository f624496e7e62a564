// What a term's docs in the rest stream (body, then authors and place names) are, and what is
// known of its count there: from the levels, the long-phrase machinery, or verification.
import type { SearchIndex } from '../build/types';
import { isEmpty, type Bitset } from '../structures/bitset';
import { allRepeated, chainRest, trigramCounts, windowCounts } from './long-phrases';
import { lookup, type Lookup } from './stream-lookup';
import { makeQueryTerm, verifyRest, type QueryTerm } from './verify';

/**
 * Exact counts (capped) of some docs, docs ascending. With `counts` null, they are packed in the
 * docs: bits 0–30 the doc, bit 31 set for 3 (or more), else 2.
 */
export interface Counted {
  docs: Uint32Array;
  counts: Uint8Array | null;
  size: number;
}

export function countedDoc(c: Counted, i: number): number {
  return c.counts ? c.docs[i] : c.docs[i] & 0x7fffffff;
}

export function countedCount(c: Counted, i: number): number {
  return c.counts ? c.counts[i] : c.docs[i] >>> 31 ? 3 : 2;
}

/** Docs having the term in the rest stream, and what is known of its count there. */
export interface RestStreamMatch {
  set: Bitset | null;
  /** Docs where the term occurs exactly once in the rest stream (a subset of set); null: unknown. */
  once: Bitset | null;
  /** Further exact counts (capped) in the rest stream. */
  counted: Counted | null;
  /** Whether once and counted cover every doc of set. */
  complete: boolean;
}


const NONE: RestStreamMatch = { set: null, once: null, counted: null, complete: true };

/** The term's count (capped) in the rest stream of doc d when known, else −1. */
export function restCount(rest: RestStreamMatch, d: number): number {
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


/** A long term's rest-stream docs where the levels reach the windows of the repeats. */
function withWindows(index: SearchIndex, queryTerm: QueryTerm, found: Lookup & { set: Bitset; windows: number[] }): RestStreamMatch {
  const repeats = index.longPhrases.repeats;
  if (!repeats) throw new Error('withWindows: no repeats');
  const set = found.set;
  let counted: Counted | null = null;
  let doubt: Bitset;
  if (found.exact) {
    // The term occurs at most as often as each of its windows: once, unless all repeat.
    doubt = allRepeated(repeats, found.windows, index.n);
    if (found.windows.length === 1) counted = windowCounts(repeats, found.windows[0]);
  } else {
    const verifyLong = (cand: Bitset, only: Bitset) => verifyRest(index, makeQueryTerm(queryTerm.term, queryTerm.term), cand, only);
    const r = chainRest(repeats, queryTerm.term, found.windows, set, verifyLong);
    doubt = r.unsure;
    counted = r.counted;
  }
  if (isEmpty(set)) return NONE;
  const once = set.slice();
  for (let i = 0; i < once.length; i++) once[i] &= ~doubt[i];
  // Complete unless some doc's repeats are not recorded, or (a 6-unit term) both its windows repeat.
  let complete = counted !== null && (found.exact ? found.windows.length === 1 : true);
  if (complete && repeats.long) {
    for (let i = 0; i < set.length && complete; i++) if ((set[i] & repeats.long[i]) !== 0) complete = false;
  }
  return { set, once, counted, complete };
}

/** The docs with a 3+-unit term in the rest stream, and what is known of its counts there. */
export function restDocs(index: SearchIndex, queryTerm: QueryTerm): RestStreamMatch {
  const { repeats, trigrams } = index.longPhrases;
  const found = lookup(index, index.streams.rest, queryTerm.term, repeats);
  if (!found.set) return NONE;
  const set = found.set;
  if (found.windows && repeats) return withWindows(index, queryTerm, { ...found, set, windows: found.windows });
  if (!found.exact) verifyRest(index, queryTerm, set, null);
  else if (found.tri && found.tri.length <= 2 && trigrams) return trigramCounts(trigrams, found.tri, set);
  return { set: isEmpty(set) ? null : set, once: null, counted: null, complete: false };
}
