// A query term's docs: in which fields it occurs (title, summary, rest stream), plus — for a
// toneless-pinyin term — the docs about the place it names.
import type { SearchIndex } from '../build/types';
import { emptyBitset, orInto, type Bitset } from '../structures/bitset';
import { gramBitset } from '../structures/postings';
import { foldWithMap } from '../text/fold';
import { isPinyinCandidate } from '../text/query';
import { gramId, shortGramDocs } from './gram-docs';
import { restDocs, type RestStreamMatch } from './rest-docs';
import { queryTerm, shortDocs, type QueryTerm } from './verify';

export interface TermMatch extends QueryTerm {
  /** Docs with the term in some field, or about the place it names (pinyin slug). */
  set: Bitset;
  /** Exact docs with the term in the title / summary (null: none), once known. */
  title: Bitset | null | undefined;
  /** What is known of the term's count in the rest stream (3+ units). */
  rest: RestStreamMatch | null;
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
  /** The docs with the term in some field; `shared`: a view into the index (do not modify). */
  set: Bitset;
  shared: boolean;
  /** For 3+ units: the docs with the term in the title / summary (null: none), and in the rest stream. */
  title?: Bitset | null;
  summary?: Bitset | null;
  rest?: RestStreamMatch;
}

/** A term's docs per field (no slug). 1–2 units: from the postings of all fields. */
function textDocs(ix: SearchIndex, qt: QueryTerm): FieldDocs {
  const term = qt.term;
  if (term.length <= 2) {
    const id = gramId(ix.grams.all, term);
    if (!id) return { set: emptyBitset(ix.n), shared: false };
    const b = gramBitset(id.store, id.g);
    return { set: b.bits, shared: b.shared };
  }
  const set = emptyBitset(ix.n);
  const title = shortDocs(ix, ix.streams.title, ix.folded.titles, term);
  const summary = shortDocs(ix, ix.streams.summary, ix.folded.summaries, term);
  const rest = restDocs(ix, qt);
  if (title) orInto(set, title);
  if (summary) orInto(set, summary);
  if (rest.set) orInto(set, rest.set);
  return { set, shared: false, title, summary, rest };
}

/** Exactly the docs containing `term` in some field (no counts): for the `together` rule. */
export function docsWith(ix: SearchIndex, term: string): Bitset {
  return textDocs(ix, queryTerm(term, term)).set;
}

/** Docs containing `term` in any field (plus, for a pinyin place slug, the docs about that place). */
export function matchTerm(ix: SearchIndex, term: string, raw: string): TermMatch {
  const qt = queryTerm(term, trimRaw(raw));
  const docs = textDocs(ix, qt);
  const tm: TermMatch = {
    ...qt,
    set: docs.shared ? docs.set.slice() : docs.set,
    title: docs.title,
    summary: docs.summary,
    rest: docs.rest ?? null,
    slug: null,
    textSet: null,
    tf: null,
    bound: null,
  };
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

export function fieldDocs(ix: SearchIndex, tm: TermMatch, which: 'title' | 'summary'): Bitset | null {
  const have = tm[which];
  if (have !== undefined) return have;
  const v = shortGramDocs(which === 'title' ? ix.grams.title : ix.grams.summary, tm.term);
  tm[which] = v;
  return v;
}

/** Docs about the place whose slug (city or district) is `slug`. */
function slugDocs(ix: SearchIndex, slug: string): Bitset | null {
  let out: Bitset | null = null;
  ix.places.cityKeys.forEach((k, i) => {
    if (k !== slug) return;
    out = out ?? emptyBitset(ix.n);
    orInto(out, ix.places.cityDocs[i]);
  });
  ix.places.districtKeys.forEach((k, i) => {
    if (k.slice(k.indexOf('/') + 1) !== slug) return;
    out = out ?? emptyBitset(ix.n);
    orInto(out, ix.places.districtDocs[i]);
  });
  return out;
}

