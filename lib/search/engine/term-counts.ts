// Per-term counts for the ranking (min(HIT_CAP, occurrences)), for the docs of the query: exact
// for 1–2 units (postings); for longer terms bounded by the two rarest bigrams, and counted on the
// text only when a doc can still make the page (top-k.ts).
import type { SearchIndex } from '../build/types';
import { andInto, isEmpty, type Bitset } from '../structures/bitset';
import { bigramKey } from '../structures/hash-tables';
import { countsIn } from '../structures/postings';
import { countOccurrences as countOccurrences_, HIT_CAP as HIT_CAP_ } from '../text/rank';
import { byRarity, gramId } from './gram-docs';
import { copyBitset, takeBitset } from './scratch';
import type { TermMatch } from './term-match';
import { bodyCount as bodyCount_ } from './verify';

// Imported bindings used in hot loops, copied to locals (some transpilers turn module bindings
// into getter calls).
const HIT_CAP = HIT_CAP_;
const countOccurrences = countOccurrences_;
const bodyCount = bodyCount_;

/**
 * min(cap, occurrences of a 3+-unit term in doc d): on the folded short fields, and for the rest
 * stream (body, authors, places) from what the index knows of its count there, else on the text.
 */
export function countInDoc(index: SearchIndex, match: TermMatch, d: number, cap: number): number {
  const term = match.term;
  let c = countOccurrences(index.folded.titles[d], term, cap);
  if (c < cap) c += countOccurrences(index.folded.summaries[d], term, cap - c);
  if (c >= cap) return cap;
  // Not in the rest stream (body, authors, places): the short fields' count is all.
  if (!match.rest || (match.rest[d >>> 5] & (1 << (d & 31))) === 0) return c;
  c += countOccurrences(index.folded.others[d], term, cap - c);
  if (c < cap) c += bodyCount(index, match, d, cap - c);
  return c;
}

/** tf = min of the counts of the term's two rarest bigrams for the docs `boundable`; returns those above 1 (null: none). */
function bigramBounds(index: SearchIndex, match: TermMatch, tf: Uint8Array, boundable: Bitset): Bitset | null {
  const term = match.term;
  const ids: number[] = [];
  for (let i = 0; i + 1 < term.length; i++) {
    const g = index.grams.all.table.get(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
    if (g >= 0) ids.push(g);
  }
  const bi = index.grams.all.bi;
  const rarest = byRarity(bi, ids);
  countsIn(bi, rarest[0], tf, HIT_CAP, boundable, false);
  if (rarest.length > 1) countsIn(bi, rarest[1], tf, HIT_CAP, boundable, true);
  const bound = takeBitset(match.scratch);
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
  return anyBound ? bound : null;
}

/** A pinyin place match counts as one more occurrence (made exact first where only bounded). */
function addSlugMatches(index: SearchIndex, match: TermMatch, queryDocs: Bitset, tf: Uint8Array): void {
  const slug = match.slug as Bitset;
  const text = match.textSet ?? match.set;
  for (let w = 0; w < slug.length; w++) {
    let x = slug[w] & queryDocs[w];
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      const d = (w << 5) + (31 - Math.clz32(t));
      if (match.bound && (match.bound[w] & t) !== 0) {
        tf[d] = countInDoc(index, match, d, HIT_CAP);
        match.bound[w] &= ~t;
      } else if ((text[w] & t) === 0) tf[d] = 0;
      tf[d] = Math.min(HIT_CAP, tf[d] + 1);
    }
  }
}

/**
 * The term's counts (tf, bound) for the docs of `queryDocs` (the query's docs), into `tf` (all
 * zero): exact for 1–2 units; for longer terms bounded by the two rarest bigrams (exact where
 * that bound is 1).
 */
export function termCounts(index: SearchIndex, match: TermMatch, queryDocs: Bitset, tf: Uint8Array): void {
  const term = match.term;
  match.tf = tf;
  const text = match.textSet ?? match.set;
  if (term.length <= 2) {
    const id = gramId(index.grams.all, term);
    if (id) countsIn(id.store, id.g, tf, HIT_CAP, queryDocs, false);
  } else if (!isEmpty(text)) {
    // Every count gets an upper bound from the bigrams (counted exactly when needed).
    const docs = copyBitset(match.scratch, text);
    andInto(docs, queryDocs);
    if (!isEmpty(docs)) match.bound = bigramBounds(index, match, tf, docs);
  }
  if (match.slug) addSlugMatches(index, match, queryDocs, tf);
}
