// Verification on the text, for the docs an index lookup could not settle. It reads the short
// folded fields kept in the index and the ORIGINAL body. That is exact because folding is per
// character: where none of the term's characters occurs non-literally in a body (an exception:
// traditional, full-width, upper-case…), a folded occurrence is the term's characters themselves
// with only characters that fold to nothing between them. Other bodies are folded on the fly.
import type { SearchIndex } from '../build/types';
import { andInto, isEmpty, type Bitset } from '../structures/bitset';
import { countLiteralAcrossDropped as countLiteralAcrossDropped_, fold as fold_ } from '../text/fold';
import { countOccurrences as countOccurrences_ } from '../text/rank';
import { docsOfAny } from './gram-docs';
import type { Scratch } from './scratch';
import { lookup } from './stream-lookup';

// Imported bindings used in hot loops, copied to locals (some transpilers turn module bindings
// into getter calls).
const countOccurrences = countOccurrences_;
const countLiteralAcrossDropped = countLiteralAcrossDropped_;
const fold = fold_;

/**
 * A term as searched: the folded term, the query piece it came from, its lazily computed
 * exceptions, and the scratch of the search it belongs to (its doc sets are taken from there).
 */
export interface QueryTerm {
  term: string;
  /** The query piece without leading/trailing punctuation: tried verbatim first. */
  raw: string;
  /** Docs whose body has one of the term's units non-literally (traditional, full-width…): their
   *  body must be folded to find the term. Computed lazily. */
  mustFoldDocs: Bitset | null | undefined;
  scratch: Scratch;
}

export function makeQueryTerm(term: string, raw: string, scratch: Scratch): QueryTerm {
  return { term, raw, mustFoldDocs: undefined, scratch };
}

/** Must doc d's body be folded to find the term? Else its units occur there only literally. */
function mustFold(index: SearchIndex, queryTerm: QueryTerm, d: number): boolean {
  if (queryTerm.mustFoldDocs === undefined) {
    const units: number[] = [];
    for (let i = 0; i < queryTerm.term.length; i++) units.push(queryTerm.term.charCodeAt(i));
    queryTerm.mustFoldDocs = docsOfAny(index.bodyExceptions, units, queryTerm.scratch);
  }
  return queryTerm.mustFoldDocs !== null && (queryTerm.mustFoldDocs[d >>> 5] & (1 << (d & 31))) !== 0;
}

/** min(cap, occurrences of a 3+-unit term in the body of doc d, after folding). */
export function bodyCount(index: SearchIndex, queryTerm: QueryTerm, d: number, cap: number): number {
  const text = index.docs[d].text;
  if (mustFold(index, queryTerm, d)) return countOccurrences(fold(text), queryTerm.term, cap);
  return countLiteralAcrossDropped(text, queryTerm.term, cap);
}

/** Does the body of doc d contain the (3+-unit) term after folding? */
function bodyHas(index: SearchIndex, queryTerm: QueryTerm, d: number): boolean {
  const text = index.docs[d].text;
  // A verbatim occurrence of the query piece (as copied from an article, punctuation and all)
  // is an occurrence of its folding: try it first.
  if (queryTerm.raw !== queryTerm.term && text.includes(queryTerm.raw)) return true;
  if (mustFold(index, queryTerm, d)) return fold(text).includes(queryTerm.term);
  // The term's units occur literally: verbatim, or with punctuation and the like between them.
  return text.includes(queryTerm.term) || countLiteralAcrossDropped(text, queryTerm.term, 1) > 0;
}

/** Keeps in `set` the docs whose short field contains the term. */
export function verifyShort(set: Bitset, strings: readonly string[], term: string): void {
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

/** Exact docs of a term in a short field (title or summary stream), among `within` if given; null: none. */
export function shortDocs(
  index: SearchIndex,
  field: 'title' | 'summary',
  term: string,
  scratch: Scratch,
  within: Bitset | null,
): Bitset | null {
  const title = field === 'title';
  const found = lookup(index, title ? index.streams.title : index.streams.summary, term, scratch);
  if (!found.set) return null;
  if (within) andInto(found.set, within);
  if (!found.exact) verifyShort(found.set, title ? index.folded.titles : index.folded.summaries, term);
  return isEmpty(found.set) ? null : found.set;
}

/** Keeps in `set` the docs whose rest stream (body, authors, places) contains the term. */
export function verifyRest(index: SearchIndex, queryTerm: QueryTerm, set: Bitset, only: Bitset | null): void {
  for (let w = 0; w < set.length; w++) {
    let x = only ? set[w] & only[w] : set[w];
    while (x !== 0) {
      const t = x & -x;
      const d = (w << 5) + (31 - Math.clz32(t));
      if (!index.folded.others[d].includes(queryTerm.term) && !bodyHas(index, queryTerm, d)) set[w] &= ~t;
      x ^= t;
    }
  }
}

/**
 * Docs with a 3+-unit term in the rest stream (body, then authors and place names), among
 * `within` if given: from the levels, verified on the text where they are not exact (null: none).
 */
export function restDocs(index: SearchIndex, queryTerm: QueryTerm, within: Bitset | null): Bitset | null {
  const found = lookup(index, index.streams.rest, queryTerm.term, queryTerm.scratch);
  if (!found.set) return null;
  if (within) andInto(found.set, within);
  if (!found.exact) verifyRest(index, queryTerm, found.set, null);
  return isEmpty(found.set) ? null : found.set;
}
