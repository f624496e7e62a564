// A query term's docs: in which fields it occurs (title, summary, rest stream), plus — for a
// toneless-pinyin term — the docs about the place it names.
import type { SearchIndex } from '../build/types';
import { andInto, orInto, type Bitset } from '../structures/bitset';
import { gramDocsInto } from '../structures/postings';
import { foldWithMap } from '../text/fold';
import { isPinyinCandidate } from '../text/query';
import { gramId, shortGramDocs } from './gram-docs';
import { copyBitset, takeBitset, type Scratch } from './scratch';
import { makeQueryTerm, restDocs, shortDocs, type QueryTerm } from './verify';

export interface TermMatch extends QueryTerm {
  /** Docs with the term in some field, or about the place it names (pinyin slug). */
  set: Bitset;
  /** Exact docs with the term in the title / summary (null: none), once known. */
  title: Bitset | null | undefined;
  /** Docs with the term in the rest stream (3+ units; null: none, or not looked up). */
  rest: Bitset | null;
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

interface FieldDocs {
  /** The docs with the term in some field (a scratch bitset). */
  set: Bitset;
  /** For 3+ units: the docs with the term in the title / summary (null: none), and in the rest stream. */
  title?: Bitset | null;
  summary?: Bitset | null;
  rest?: Bitset | null;
}

/** A term's docs per field (no slug), among `within` if given. 1–2 units: from the postings of all fields. */
function textDocs(index: SearchIndex, queryTerm: QueryTerm, within: Bitset | null): FieldDocs {
  const { term, scratch } = queryTerm;
  if (term.length <= 2) {
    const id = gramId(index.grams.all, term);
    const set = id ? gramDocsInto(id.store, id.g, takeBitset(scratch)) : takeBitset(scratch);
    if (within) andInto(set, within);
    return { set };
  }
  const set = takeBitset(scratch);
  const title = shortDocs(index, 'title', term, scratch, within);
  const summary = shortDocs(index, 'summary', term, scratch, within);
  const rest = restDocs(index, queryTerm, within);
  if (title) orInto(set, title);
  if (summary) orInto(set, summary);
  if (rest) orInto(set, rest);
  return { set, title, summary, rest };
}

/**
 * Exactly the docs of `within` (the query's) containing `term` in some field (no counts): for the
 * `together` rule, whose phrases matter only there; verifying them elsewhere would be wasted.
 */
export function docsWith(index: SearchIndex, term: string, within: Bitset, scratch: Scratch): Bitset {
  return textDocs(index, makeQueryTerm(term, term, scratch), within).set;
}

/** Docs containing `term` in any field (plus, for a pinyin place slug, the docs about that place). */
export function matchTerm(index: SearchIndex, term: string, raw: string, scratch: Scratch): TermMatch {
  const queryTerm = makeQueryTerm(term, trimRaw(raw), scratch);
  const docs = textDocs(index, queryTerm, null);
  // Spelled out, not spread: one object shape for every match, built without a runtime copy.
  const match: TermMatch = {
    term: queryTerm.term,
    raw: queryTerm.raw,
    mustFoldDocs: queryTerm.mustFoldDocs,
    scratch,
    set: docs.set,
    title: docs.title,
    summary: docs.summary,
    rest: docs.rest ?? null,
    slug: null,
    textSet: null,
    tf: null,
    bound: null,
  };
  if (isPinyinCandidate(term)) {
    const extra = slugDocs(index, term, scratch);
    if (extra) {
      match.slug = extra;
      match.textSet = copyBitset(scratch, match.set);
      orInto(match.set, extra);
    }
  }
  return match;
}

export function fieldDocs(index: SearchIndex, match: TermMatch, which: 'title' | 'summary'): Bitset | null {
  const have = match[which];
  if (have !== undefined) return have;
  const v = shortGramDocs(which === 'title' ? index.grams.title : index.grams.summary, match.term, match.scratch);
  match[which] = v;
  return v;
}

/** Docs about the place whose slug (city or district) is `slug`. */
function slugDocs(index: SearchIndex, slug: string, scratch: Scratch): Bitset | null {
  const { cityKeys, cityDocs, districtKeys, districtDocs } = index.places;
  let out: Bitset | null = null;
  for (let i = 0; i < cityKeys.length; i++) {
    if (cityKeys[i] !== slug) continue;
    out = out ?? takeBitset(scratch);
    orInto(out, cityDocs[i]);
  }
  for (let i = 0; i < districtKeys.length; i++) {
    const k = districtKeys[i];
    // The district's own slug: what follows "city/".
    const at = k.indexOf('/') + 1;
    if (k.length - at !== slug.length || !k.endsWith(slug)) continue;
    out = out ?? takeBitset(scratch);
    orInto(out, districtDocs[i]);
  }
  return out;
}
