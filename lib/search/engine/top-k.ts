// The best k of the matching docs by the ranking key (../text/rank.ts). Exact-title, title and
// summary hits come from small indexes; hits from the per-term counts (term-counts.ts); a count
// that is only bounded is made exact only for docs that can still make the page.
import type { SearchIndex } from '../build/types';
import { orInto, toIdsInto, type Bitset } from '../structures/bitset';
import {
  compareRanked as compareRanked_,
  HIT_CAP as HIT_CAP_,
  togetherPairs,
  TOGETHER_WEIGHT as TOGETHER_WEIGHT_,
  type RankKey,
} from '../text/rank';
import { countInDoc as countInDoc_, termCounts } from './term-counts';
import { sized, takeBitset, termTf, type Scratch } from './scratch';
import { docsWith, fieldDocs, type TermMatch } from './term-match';

// Imported bindings used in hot loops, copied to locals (some transpilers turn module bindings
// into getter calls).
const HIT_CAP = HIT_CAP_;
const TOGETHER_WEIGHT = TOGETHER_WEIGHT_;
const compareRanked = compareRanked_;
const countInDoc = countInDoc_;

type Ranked = RankKey & { doc: number };

export interface TopKRequest {
  /** The matching docs, as ids (ascending) and as a bitset. */
  ids: Uint32Array;
  docs: Bitset;
  /** The folded query, for the exact-title rule. */
  phrase: string;
  matches: TermMatch[];
  k: number;
  /** The search's scratch: tier, together and the terms' counts are set at `ids` (endSearch clears them). */
  scratch: Scratch;
}

/** Adds `add` to the tier of the query's docs in `set`, and marks them touched. */
function touchTiers(tier: Uint16Array, touched: Bitset, queryDocs: Bitset, set: Bitset | null, add: number): void {
  if (!set) return;
  for (let w = 0; w < queryDocs.length; w++) {
    let x = set[w] & queryDocs[w];
    touched[w] |= x;
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      tier[(w << 5) + (31 - Math.clz32(t))] += add;
    }
  }
}

/** Per doc: exact·4096 + title·64 + summary (the ranking tiers), for the docs with any of them. */
function tiersOf(
  index: SearchIndex,
  { docs: queryDocs, phrase, matches, scratch }: TopKRequest,
): { tier: Uint16Array; touched: Uint32Array } {
  const tier = scratch.tier;
  const touchedSet = takeBitset(scratch); // docs with a title, summary or exact-title hit
  for (let t = 0; t < matches.length; t++) {
    touchTiers(tier, touchedSet, queryDocs, fieldDocs(index, matches[t], 'title'), 64);
    touchTiers(tier, touchedSet, queryDocs, fieldDocs(index, matches[t], 'summary'), 1);
  }
  if (phrase.length > 0) {
    for (let d = index.exactTitles.first.get(phrase) ?? -1; d >= 0; d = index.exactTitles.next[d]) {
      if ((queryDocs[d >>> 5] & (1 << (d & 31))) === 0) continue;
      touchedSet[d >>> 5] |= 1 << (d & 31);
      tier[d] += 4096;
    }
  }
  return { tier, touched: scratch.touched.subarray(0, toIdsInto(touchedSet, scratch.touched)) };
}

/** Rule 4: per doc, how many pairs of neighbouring terms occur right next to each other (null: one term). */
function togetherCounts(index: SearchIndex, terms: readonly string[], queryDocs: Bitset, scratch: Scratch): Uint8Array | null {
  let together: Uint8Array | null = null;
  for (const [ab, ba] of togetherPairs(terms)) {
    // Both sets are the query's docs already (and scratch bitsets of their own).
    const both = docsWith(index, ab, queryDocs, scratch);
    orInto(both, docsWith(index, ba, queryDocs, scratch));
    together = scratch.together;
    for (let w = 0; w < both.length; w++) {
      let x = both[w];
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        together[(w << 5) + (31 - Math.clz32(t))]++;
      }
    }
  }
  return together;
}

/** The touched docs, best tier first, docs ascending within one (a counting sort: tiers are small). */
function sortByTier(tier: Uint16Array, touched: Uint32Array, scratch: Scratch): Uint32Array {
  let top = 0;
  for (let x = 0; x < touched.length; x++) if (tier[touched[x]] > top) top = tier[touched[x]];
  const perTier = (scratch.perTier = sized(scratch.perTier, top + 2));
  perTier.fill(0, 0, top + 2);
  for (let x = 0; x < touched.length; x++) perTier[top - tier[touched[x]] + 1]++;
  for (let v = 1; v <= top + 1; v++) perTier[v] += perTier[v - 1];
  const sorted = scratch.sorted;
  for (let x = 0; x < touched.length; x++) sorted[perTier[top - tier[touched[x]]]++] = touched[x];
  return sorted.subarray(0, touched.length);
}

/** What ranking a doc needs: per doc its tier, together count and per-term counts (or bounds). */
interface Ranking {
  index: SearchIndex;
  matches: TermMatch[];
  tier: Uint16Array;
  together: Uint8Array | null;
  tfs: Uint8Array[];
  scratch: Scratch;
}

/** Σ term counts of doc d, made exact first where a count is only bounded. */
function exactHits(r: Ranking, d: number): number {
  let h = 0;
  for (let i = 0; i < r.matches.length; i++) {
    const match = r.matches[i];
    const tf = r.tfs[i];
    if (match.bound && (match.bound[d >>> 5] & (1 << (d & 31))) !== 0) {
      tf[d] = countInDoc(r.index, match, d, HIT_CAP);
      match.bound[d >>> 5] &= ~(1 << (d & 31));
    }
    h += tf[d];
  }
  return h;
}

/** The ranking key of doc d. */
function keyOf(r: Ranking, d: number): Ranked {
  const t = r.tier[d];
  const relevance = (r.together ? r.together[d] * TOGETHER_WEIGHT : 0) + exactHits(r, d);
  return { doc: d, exact: t >>> 12, title: (t >>> 6) & 63, summary: t & 63, relevance };
}

/** Appends the best `k - out.length` of `docs` (one tier) to out. */
function appendBest(out: Ranked[], docs: Uint32Array, k: number, r: Ranking): void {
  const best = bestOf(docs, k - out.length, r);
  for (let x = 0; x < best.length; x++) out.push(best[x]);
}

export function topK(index: SearchIndex, req: TopKRequest): Ranked[] {
  const { matches, ids, k, scratch } = req;
  const tfs: Uint8Array[] = [];
  const terms: string[] = [];
  for (let t = 0; t < matches.length; t++) {
    tfs.push(termTf(scratch, t));
    terms.push(matches[t].term);
    termCounts(index, matches[t], req.docs, tfs[t]);
  }
  const { tier, touched } = tiersOf(index, req);
  const together = togetherCounts(index, terms, req.docs, scratch);
  const ranking: Ranking = { index, matches, tier, together, tfs, scratch };
  const sorted = sortByTier(tier, touched, scratch);
  const out: Ranked[] = [];
  let i = 0;
  while (i < sorted.length && out.length < k) {
    let j = i;
    while (j < sorted.length && tier[sorted[j]] === tier[sorted[i]]) j++;
    appendBest(out, sorted.subarray(i, j), k, ranking);
    i = j;
  }
  if (out.length < k) {
    // The last tier: matching docs without title/summary hits, in doc order.
    let o = 0;
    const rest = scratch.touched; // free again once the tiers are sorted
    for (let x = 0; x < ids.length; x++) if (tier[ids[x]] === 0) rest[o++] = ids[x];
    appendBest(out, rest.subarray(0, o), k, ranking);
  }
  return out;
}

/**
 * Best `need` docs of one tier (`docs` ascending) by relevance, then doc number. Docs are
 * counting-sorted by an upper bound of their relevance (stable: doc order within a level) and
 * evaluated best level first; a level stops as soon as its bound cannot beat the worst kept.
 * The bound is exact except where a long term's count is only bounded (then counted on the text).
 */
function bestOf(docs: Uint32Array, need: number, ranking: Ranking): Ranked[] {
  if (need <= 0 || docs.length === 0) return [];
  const { order, levelStart } = orderByBound(docs, ranking);
  const max = levelStart.length - 2;
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
      const r = keyOf(ranking, d);
      if (w && compareRanked(r, w) >= 0) continue;
      keepRanked(best, r, need);
    }
  }
  return best;
}

/**
 * The docs counting-sorted by their relevance bound, highest first (stable: doc order within a
 * level); level l (bound max − l) is order[levelStart[l] .. levelStart[l + 1]), max = levelStart.length − 2.
 */
/** Per-doc upper bounds of the relevance: together·TOGETHER_WEIGHT + Σ term counts (or bounds). */
function orderByBound(docs: Uint32Array, ranking: Ranking): { order: Uint32Array; levelStart: Uint32Array } {
  const { tfs, together, scratch } = ranking;
  const bound = scratch.bound;
  if (together) for (let i = 0; i < docs.length; i++) bound[i] = together[docs[i]] * TOGETHER_WEIGHT;
  else bound.fill(0, 0, docs.length);
  for (let t = 0; t < tfs.length; t++) {
    const tf = tfs[t];
    for (let i = 0; i < docs.length; i++) bound[i] += tf[docs[i]];
  }
  let max = 0;
  for (let i = 0; i < docs.length; i++) if (bound[i] > max) max = bound[i];
  const levelStart = (scratch.levels = sized(scratch.levels, max + 2));
  levelStart.fill(0, 0, max + 2);
  for (let i = 0; i < docs.length; i++) levelStart[max - bound[i] + 1]++;
  for (let l = 1; l <= max + 1; l++) levelStart[l] += levelStart[l - 1];
  const order = scratch.order;
  const fill = (scratch.levelFill = sized(scratch.levelFill, max + 2));
  fill.set(levelStart.subarray(0, max + 2));
  for (let i = 0; i < docs.length; i++) order[fill[max - bound[i]]++] = docs[i];
  return { order, levelStart: levelStart.subarray(0, max + 2) };
}

/** Inserts r into `best` (sorted by compareRanked), keeping at most `need`. */
function keepRanked(best: Ranked[], r: Ranked, need: number): void {
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
