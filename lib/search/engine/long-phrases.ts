// The long-phrase machinery at query time (the rest stream only). A term longer than the top
// level is a chain of top-level n-grams; consecutive ones overlap in a "window" (an n-gram of the
// level below). Where every interior window occurs once in a doc, the term occurs there exactly
// once; where windows repeat, their recorded positions and neighbouring units decide — without
// the text. The repeated trigrams give exact counts of 3- and 4-unit terms for the ranking.
import type { RepeatedTrigrams, Repeats } from '../build/types';
import { andInto, emptyBitset, isEmpty, orInto, popcount, toIds, type Bitset } from '../structures/bitset';
import { HIT_CAP as HIT_CAP_ } from '../text/rank';
import type { Counted, RestStreamMatch } from './rest-docs';

const HIT_CAP = HIT_CAP_;

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

/** Per window, the candidate docs where it repeats (from its repeat list, or — when the
 *  candidates are much fewer — by looking each candidate up in it). */
function repeatedWindows(repeats: Repeats, windows: readonly number[], cand: Bitset): Bitset[] {
  const { gramAt, doc } = repeats;
  const candCount = popcount(cand);
  let candIds: Uint32Array | null = null;
  return windows.map((y) => {
    const b = emptyBitset(cand.length * 32);
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
    return b;
  });
}

/** One doc's occurrences of a run of repeating windows: pair[j] is window j's (doc) entry, or −1. */
interface RunCheck {
  repeats: Repeats;
  /** The term's units. */
  units: Uint16Array;
  pair: Int32Array;
}

/**
 * Occurrences (up to HIT_CAP; 1 is enough when `single`) of the run of windows a..b in the doc:
 * an occurrence of window a followed by the others at consecutive positions, with the term's
 * units just before and after the run.
 */
function runOccurrences(check: RunCheck, a: number, b: number, single: boolean): number {
  const { at, pos, left, right, n } = check.repeats;
  const { units, pair } = check;
  const last = pair.length - 1;
  let found = 0;
  for (let k = at[pair[a]]; k < at[pair[a] + 1]; k++) {
    if (a > 0 && left[k] !== units[a - 1]) continue;
    let r = right[k];
    let chained = true;
    for (let j = a + 1; j <= b && chained; j++) {
      const want = pos[k] + (j - a);
      let kk = at[pair[j]];
      const end = at[pair[j] + 1];
      while (kk < end && pos[kk] < want) kk++;
      if (kk < end && pos[kk] === want) r = right[kk];
      else chained = false;
    }
    if (!chained || (b < last && r !== units[b + n])) continue;
    found++;
    if (single || found >= HIT_CAP) break;
  }
  return found;
}

/**
 * The term's count in the doc (0: absent) from its runs of repeating windows. A run's
 * occurrences are tied to the single windows by the units around it (consecutive single
 * windows are tied by the top-level n-gram containing both); with a single window the term
 * occurs once.
 */
function chainCount(check: RunCheck, single: boolean): number {
  const windowCount = check.pair.length;
  let found = 0;
  for (let j = 0; j < windowCount; ) {
    if (check.pair[j] < 0) {
      j++;
      continue;
    }
    const a = j;
    while (j < windowCount && check.pair[j] >= 0) j++;
    const b = j - 1;
    // An end window next to a single one: placed by the top-level n-gram holding both.
    if (a === b && (a === 0 || b === windowCount - 1)) continue;
    found = runOccurrences(check, a, b, single);
    if (found === 0) return 0;
  }
  return single ? 1 : found;
}

/**
 * The rest stream of a long term (the chain of top-level n-grams, `cand` = docs with all of them):
 * drops from `cand` the docs without the term. Returns the docs that were in doubt (`unsure`:
 * an interior window repeats, or too long for the repeats) and, for those kept, their exact
 * counts (capped) — except the docs too long for the repeats, which `verifyLong` checks on the text.
 */
export function chainRest(
  repeats: Repeats,
  term: string,
  windows: readonly number[],
  cand: Bitset,
  verifyLong: (set: Bitset, only: Bitset) => void,
): { unsure: Bitset; counted: Counted } {
  const windowCount = windows.length;
  const { gramAt, doc, long } = repeats;
  const rep = repeatedWindows(repeats, windows, cand);
  const unsure = emptyBitset(cand.length * 32);
  for (let j = 1; j < windowCount - 1; j++) orInto(unsure, rep[j]);
  if (long) for (let i = 0; i < unsure.length; i++) unsure[i] |= long[i] & cand[i];
  const cap = popcount(unsure);
  const counted: Counted = { docs: new Uint32Array(cap), counts: new Uint8Array(cap), size: 0 };
  const counts = counted.counts as Uint8Array;
  const cursor = Int32Array.from(windows, (y) => gramAt[y]);
  const check: RunCheck = { repeats, units: Uint16Array.from({ length: term.length }, (_, i) => term.charCodeAt(i)), pair: new Int32Array(windowCount) };
  for (let w = 0; w < unsure.length; w++) {
    let bits = unsure[w];
    if (long) bits &= ~long[w]; // verified on the text below
    while (bits !== 0) {
      const t = bits & -bits;
      bits ^= t;
      const d = (w << 5) + (31 - Math.clz32(t));
      let single = false;
      for (let j = 0; j < windowCount; j++) {
        if ((rep[j][w] & t) === 0) {
          check.pair[j] = -1;
          single = true;
          continue;
        }
        cursor[j] = seek(doc, cursor[j], gramAt[windows[j] + 1], d);
        check.pair[j] = cursor[j];
      }
      const count = chainCount(check, single);
      if (count === 0) cand[w] &= ~t;
      else {
        counted.docs[counted.size] = d;
        counts[counted.size++] = count;
      }
    }
  }
  if (long) {
    const inLong = cand.slice();
    andInto(inLong, long);
    if (!isEmpty(inLong)) verifyLong(cand, long);
  }
  return { unsure, counted };
}

/** Docs where every window repeats (or whose repeats are not recorded). */
export function allRepeated(repeats: Repeats, windows: readonly number[], n: number): Bitset {
  let acc: Bitset | null = null;
  for (const y of new Set(windows)) {
    const b = emptyBitset(n);
    for (let k = repeats.gramAt[y]; k < repeats.gramAt[y + 1]; k++) {
      const d = repeats.doc[k];
      b[d >>> 5] |= 1 << (d & 31);
    }
    if (acc) andInto(acc, b);
    else acc = b;
  }
  const out = acc ?? emptyBitset(n);
  if (repeats.long) orInto(out, repeats.long);
  return out;
}

/**
 * Counts in the rest stream of a 3- or 4-unit term (exact set `set`), from its trigrams' repeats:
 * where one of its trigrams occurs once, the term occurs once; a 3-unit term's repeats count it.
 */
export function trigramCounts(trigrams: RepeatedTrigrams, tri: readonly number[], set: Bitset): RestStreamMatch {
  if (isEmpty(set)) return { set: null, once: null, counted: null, complete: true };
  const doubt: Bitset[] = [];
  for (const x of tri) {
    const b = emptyBitset(set.length * 32);
    for (let k = trigrams.gramAt[x]; k < trigrams.gramAt[x + 1]; k++) {
      const d = trigrams.doc[k] & 0x7fffffff;
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
    // A 3-unit term: its trigram's repeats count it (packed as in RepeatedTrigrams).
    const x = tri[0];
    counted = { docs: trigrams.doc.subarray(trigrams.gramAt[x], trigrams.gramAt[x + 1]), counts: null, size: trigrams.gramAt[x + 1] - trigrams.gramAt[x] };
  }
  return { set, once, counted, complete: tri.length === 1 };
}


/** Counts of a term that is a window itself: its repeats count it. */
export function windowCounts(repeats: Repeats, y: number): Counted {
  const { gramAt, at, doc } = repeats;
  const size = gramAt[y + 1] - gramAt[y];
  const counts = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const k = gramAt[y] + i;
    counts[i] = Math.min(HIT_CAP, at[k + 1] - at[k]);
  }
  return { docs: doc.subarray(gramAt[y], gramAt[y + 1]), counts, size };
}
