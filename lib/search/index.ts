// The search engine. Same answers as the reference scan (scan.ts) — that is tested — without
// reading every article. Index (see build.ts): unigram and bigram postings over the folded fields,
// n-gram "levels" up to 6 characters, and small side indexes. A query term is answered:
//   • 1–2 characters: by its gram's postings alone (exact);
//   • 3–6 characters, while its pieces are frequent: exactly by set operations — docs of
//     (prefix) ∩ docs of (suffix) minus the level's short exception list — however many match;
//   • longer: the 6-grams chain up (exact wherever each overlap occurs once in the doc);
//   • otherwise (rare pieces, ambiguous chains): the few candidate docs are verified. Verification
//     reads the short folded fields kept here and the ORIGINAL body with plain indexOf. That is
//     exact because folding is per character: where none of the term's characters or bigrams
//     occurs non-literally in a body (traditional/full-width/upper-case characters, or pairs that
//     only meet across punctuation), folded occurrences are verbatim occurrences. Bodies where one
//     does (an "exception" index says which) are folded on the fly.
// So the index holds no copy of the body text. See rank.ts for the ranking rules.
import type { SearchDocument } from './document';
import { buildSearchIndex, type BuildOptions, type GramSets, type SearchIndex } from './build';
import { fold, foldWithMap } from './fold';
import { andInto, bitsetWords, emptyBitset, fullBitset, orInto, popcount, toIds, type Bitset } from './bitset';
import { sortCityFacets, sortDistrictFacets } from './facets';
import { bigramKey, distinctBigrams } from './grams';
import { fillCounts, gramBitset, storeBytes, type PostingStore } from './postings';
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
  const sets = (g: GramSets) => storeBytes(g.uni) + storeBytes(g.bi) + g.table.bytes();
  let short = 0;
  for (let d = 0; d < ix.n; d++) short += 2 * (ix.titles[d].length + ix.summaries[d].length + ix.others[d].length);
  let levels = 0;
  for (const l of ix.levels) {
    levels += l.table.bytes() + l.offsets.byteLength + l.docs.byteLength;
    levels += (l.multiOffsets?.byteLength ?? 0) + (l.multiDocs?.byteLength ?? 0);
  }
  return {
    main: sets(ix.main),
    levels,
    exceptions: storeBytes(ix.excUni) + storeBytes(ix.excBi),
    tiers: sets(ix.title) + sets(ix.summary),
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
  return g >= 0 ? { store: sets.bi, g } : null;
}

/** A fresh bitset of the docs having every gram (null: some gram occurs nowhere). */
function andOfGrams(sets: GramSets, grams: readonly string[]): Bitset | null {
  const ids: { store: PostingStore; g: number }[] = [];
  for (const gram of grams) {
    const id = gramId(sets, gram);
    if (!id) return null;
    ids.push(id);
  }
  ids.sort((a, b) => a.store.df[a.g] - b.store.df[b.g]);
  const first = gramBitset(ids[0].store, ids[0].g);
  const acc = first.shared ? first.bits.slice() : first.bits;
  for (let k = 1; k < ids.length; k++) andInto(acc, gramBitset(ids[k].store, ids[k].g).bits);
  return acc;
}

/** Docs whose body has one of the term's units or bigrams non-literally (null: none). */
function exceptionsOf(ix: SearchIndex, term: string): Bitset | null {
  let out: Bitset | null = null;
  const add = (store: PostingStore, g: number) => {
    if (g < 0 || store.df[g] === 0) return;
    if (!out) out = emptyBitset(ix.n);
    orInto(out, gramBitset(store, g).bits);
  };
  for (let i = 0; i < term.length; i++) add(ix.excUni, term.charCodeAt(i));
  for (let i = 0; i + 1 < term.length; i++) {
    add(ix.excBi, ix.main.table.get(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1))));
  }
  return out;
}

interface TermMatch {
  term: string;
  /** The query piece it came from, without leading/trailing punctuation: tried verbatim first. */
  raw: string;
  set: Bitset;
  /** min(HIT_CAP, occurrences in all fields, +1 for a pinyin place match), for docs in `set`;
   *  for docs in `bound`, only an upper bound (the exact count is taken when needed). */
  tf: Uint8Array;
  bound: Bitset | null;
  /** Docs whose body must be folded to find the term (see exceptionsOf); computed lazily. */
  exceptions: Bitset | null | undefined;
}

function exceptionsFor(ix: SearchIndex, tm: TermMatch, d: number): boolean {
  if (tm.exceptions === undefined) tm.exceptions = exceptionsOf(ix, tm.term);
  const ex = tm.exceptions;
  return ex !== null && (ex[d >>> 5] & (1 << (d & 31))) !== 0;
}

/** Does the body of doc d contain the (3+-unit) term after folding? */
function bodyHas(ix: SearchIndex, tm: TermMatch, d: number): boolean {
  const text = ix.docs[d].text;
  // A verbatim occurrence of the query piece (as copied from an article, punctuation and all)
  // is an occurrence of its folding: try it first.
  if (tm.raw !== tm.term && text.includes(tm.raw)) return true;
  if (text.includes(tm.term)) return true;
  return exceptionsFor(ix, tm, d) && fold(text).includes(tm.term);
}

/** min(cap, occurrences of a 3+-unit term in doc d), on the folded short fields and the body. */
function countInDoc(ix: SearchIndex, tm: TermMatch, d: number, cap: number): number {
  const term = tm.term;
  let c = countOccurrences(ix.titles[d], term, cap);
  if (c < cap) c += countOccurrences(ix.summaries[d], term, cap - c);
  if (c < cap) c += countOccurrences(ix.others[d], term, cap - c);
  if (c < cap) {
    const body = exceptionsFor(ix, tm, d) ? fold(ix.docs[d].text) : ix.docs[d].text;
    c += countOccurrences(body, term, cap - c);
  }
  return c;
}

/**
 * Keeps in `cand` only the docs that contain the term. Counts: exact on the short fields; the body
 * is only checked for one occurrence, so where the bound `ub` allows more, the count stays a bound.
 */
function verify(ix: SearchIndex, tm: TermMatch, cand: Bitset, ub: Uint8Array, bound: Bitset): void {
  const ids = toIds(cand);
  const term = tm.term;
  for (let i = 0; i < ids.length; i++) {
    const d = ids[i];
    let c = countOccurrences(ix.titles[d], term, HIT_CAP);
    if (c < HIT_CAP) c += countOccurrences(ix.summaries[d], term, HIT_CAP - c);
    if (c < HIT_CAP) c += countOccurrences(ix.others[d], term, HIT_CAP - c);
    if (c < HIT_CAP && bodyHas(ix, tm, d)) {
      c++;
      if (ub[d] > c) {
        c = ub[d];
        bound[d >>> 5] |= 1 << (d & 31);
      }
    }
    if (c > 0) tm.tf[d] = Math.min(HIT_CAP, c);
    else cand[d >>> 5] &= ~(1 << (d & 31));
  }
}

/** Upper bounds of a 3+-unit term's counts: it occurs at most as often as its two rarest bigrams. */
function countBounds(ix: SearchIndex, term: string): Uint8Array {
  const n = ix.n;
  const ub = new Uint8Array(n);
  const grams = distinctBigrams(term)
    .map((g) => gramId(ix.main, g))
    .filter((x): x is { store: PostingStore; g: number } => x !== null)
    .sort((a, b) => a.store.df[a.g] - b.store.df[b.g])
    .slice(0, 2);
  if (grams.length === 0) return ub;
  fillCounts(grams[0].store, grams[0].g, ub, HIT_CAP);
  if (grams.length > 1) {
    const other = new Uint8Array(n);
    fillCounts(grams[1].store, grams[1].g, other, HIT_CAP);
    for (let d = 0; d < n; d++) if (other[d] < ub[d]) ub[d] = other[d];
  }
  return ub;
}

/**
 * Docs containing a term of 3+ units. While both halves of every n-gram are frequent, the n-gram
 * levels give exact doc sets by set operations alone; as soon as a set is rare (or the term is
 * longer than the levels), the AND of the sets so far is verified on the text — few docs then.
 * Returns the set and whether it is exact without verification.
 */
function longTermSet(ix: SearchIndex, term: string): { set: Bitset; exact: boolean; unsure: Bitset | null } {
  const m = term.length;
  const empty = { set: emptyBitset(ix.n), exact: true, unsure: null };
  let sets: Bitset[] = [];
  let ids: number[] = [];
  let dfs: number[] = [];
  for (let i = 0; i + 1 < m; i++) {
    const g = ix.main.table.get(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
    if (g < 0) return empty;
    sets.push(gramBitset(ix.main.bi, g).bits);
    ids.push(g);
    dfs.push(ix.main.bi.df[g]);
  }
  let len = 2;
  let lowerIds: number[] = [];
  while (len < m && len - 2 < ix.levels.length && dfs.every((df) => df >= ix.frequent)) {
    const level = ix.levels[len - 2];
    const next: Bitset[] = [];
    const nextIds: number[] = [];
    const nextDfs: number[] = [];
    for (let i = 0; i + len < m; i++) {
      // The n-gram term[i ..= i+len]: halves sets[i] and sets[i+1], both frequent.
      const x = level.table.get(ids[i], term.charCodeAt(i + len));
      if (x < 0) return empty; // both halves frequent, yet never together: it never occurs
      const a = sets[i].slice();
      andInto(a, sets[i + 1]);
      for (let k = level.offsets[x]; k < level.offsets[x + 1]; k++) {
        const d = level.docs[k];
        a[d >>> 5] &= ~(1 << (d & 31));
      }
      const df = popcount(a);
      if (df === 0) return empty;
      next.push(a);
      nextIds.push(x);
      nextDfs.push(df);
    }
    lowerIds = ids;
    sets = next;
    ids = nextIds;
    dfs = nextDfs;
    len++;
  }
  if (len === m) return { set: sets[0].slice(), exact: true, unsure: null };
  const cand = sets[0].slice();
  for (let i = 1; i < sets.length; i++) andInto(cand, sets[i]);
  // Chain the n-grams of length `len`: consecutive ones overlap in an (len−1)-gram; docs where
  // every overlap occurs once contain the term exactly once. Only the others need the text.
  const below = len >= 4 ? ix.levels[len - 4] : undefined;
  if (below && below.n === len - 1 && below.multiOffsets && below.multiDocs && lowerIds.length === m - len + 2) {
    const unsure = emptyBitset(ix.n);
    for (let i = 1; i + 1 < lowerIds.length; i++) {
      const y = lowerIds[i];
      for (let k = below.multiOffsets[y]; k < below.multiOffsets[y + 1]; k++) {
        const d = below.multiDocs[k];
        unsure[d >>> 5] |= 1 << (d & 31);
      }
    }
    andInto(unsure, cand);
    return { set: cand, exact: false, unsure };
  }
  return { set: cand, exact: false, unsure: null };
}

/** The query piece without the characters that fold to nothing at either end. */
function trimRaw(raw: string): string {
  const { start, end } = foldWithMap(raw);
  return start.length === 0 ? raw : raw.slice(start[0], end[end.length - 1]);
}

/** Docs containing `term` in any field (plus, for a pinyin place slug, the docs about that place). */
function matchTerm(ix: SearchIndex, term: string, raw: string): TermMatch {
  const n = ix.n;
  const tm: TermMatch = {
    term,
    raw: trimRaw(raw),
    set: emptyBitset(n),
    tf: new Uint8Array(n),
    bound: null,
    exceptions: undefined,
  };
  if (term.length <= 2) {
    const id = gramId(ix.main, term);
    if (id) {
      const b = gramBitset(id.store, id.g);
      tm.set = b.shared ? b.bits.slice() : b.bits;
      fillCounts(id.store, id.g, tm.tf, HIT_CAP);
    }
  } else {
    const { set, exact, unsure } = longTermSet(ix, term);
    const ub = countBounds(ix, term);
    const bound = emptyBitset(n);
    if (unsure) {
      // Chained: the sure docs contain the term exactly once in the whole doc; verify the rest.
      const sure = set.slice();
      for (let i = 0; i < sure.length; i++) sure[i] &= ~unsure[i];
      const ids = toIds(sure);
      for (let i = 0; i < ids.length; i++) tm.tf[ids[i]] = 1;
      verify(ix, tm, unsure, ub, bound);
      for (let i = 0; i < set.length; i++) set[i] = sure[i] | unsure[i];
    } else if (exact) {
      // Counts are the bounds; exact where the bound is 1.
      const ids = toIds(set);
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i];
        tm.tf[d] = ub[d];
        if (ub[d] > 1) bound[d >>> 5] |= 1 << (d & 31);
      }
    } else verify(ix, tm, set, ub, bound);
    tm.set = set;
    tm.bound = bound;
  }
  if (isPinyinCandidate(term)) {
    const extra = slugDocs(ix, term);
    if (extra) {
      const ids = toIds(extra);
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i];
        if (tm.bound && (tm.bound[d >>> 5] & (1 << (d & 31))) !== 0) {
          // Make the bound count exact before adding the place match.
          tm.tf[d] = countInDoc(ix, tm, d, HIT_CAP);
          tm.bound[d >>> 5] &= ~(1 << (d & 31));
        } else if ((tm.set[d >>> 5] & (1 << (d & 31))) === 0) tm.tf[d] = 0;
        tm.tf[d] = Math.min(HIT_CAP, tm.tf[d] + 1);
      }
      orInto(tm.set, extra);
    }
  }
  return tm;
}

/** Exactly the docs containing `term` in some field (no counts): for the `together` rule. */
function docsWith(ix: SearchIndex, term: string): Bitset {
  if (term.length <= 2) {
    const id = gramId(ix.main, term);
    return id ? gramBitset(id.store, id.g).bits : emptyBitset(ix.n);
  }
  const { set, exact, unsure } = longTermSet(ix, term);
  if (exact) return set;
  const tm: TermMatch = { term, raw: term, set, tf: new Uint8Array(0), bound: null, exceptions: undefined };
  const check = unsure ?? set;
  const ids = toIds(check);
  for (let i = 0; i < ids.length; i++) {
    const d = ids[i];
    const found =
      ix.titles[d].includes(term) || ix.summaries[d].includes(term) || ix.others[d].includes(term) || bodyHas(ix, tm, d);
    if (!found) set[d >>> 5] &= ~(1 << (d & 31));
  }
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

/** Docs whose folded title (or summary) contains `term`: candidates from the grams, then checked. */
function fieldHits(sets: GramSets, strings: readonly string[], term: string): Uint32Array {
  const grams = term.length <= 2 ? [term] : distinctBigrams(term);
  const cand = andOfGrams(sets, grams);
  if (!cand) return new Uint32Array(0);
  const ids = toIds(cand);
  if (term.length <= 2) return ids;
  let o = 0;
  for (let i = 0; i < ids.length; i++) if (strings[ids[i]].includes(term)) ids[o++] = ids[i];
  return ids.subarray(0, o);
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
  for (let i = 0; i < queryIds.length; i++) {
    const d = queryIds[i];
    for (let j = ix.docCityAt[d]; j < ix.docCityAt[d + 1]; j++) cityCount[ix.docCity[j]]++;
    if (cityFilter && (cityFilter[d >>> 5] & (1 << (d & 31))) === 0) continue;
    for (let j = ix.docDistrictAt[d]; j < ix.docDistrictAt[d + 1]; j++) districtCount[ix.docDistrict[j]]++;
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
    return { id: doc.id, score: packScore(r), title: doc.title, snippet: makeSnippet(doc, terms, undefined, ix.summaries[r.doc]) };
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
  const terms = matches.map((tm) => tm.term);
  const tier = new Uint16Array(n); // exact·4096 + title·64 + summary
  const touched: number[] = [];
  const touch = (d: number, add: number) => {
    if ((m[d >>> 5] & (1 << (d & 31))) === 0) return;
    if (tier[d] === 0) touched.push(d);
    tier[d] += add;
  };
  for (const t of terms) {
    for (const d of fieldHits(ix.title, ix.titles, t)) touch(d, 64);
    for (const d of fieldHits(ix.summary, ix.summaries, t)) touch(d, 1);
  }
  if (phrase.length > 0) {
    for (let d = ix.exactTitle.get(phrase) ?? -1; d >= 0; d = ix.sameTitle[d]) touch(d, 4096);
  }
  // Upper bound of hits (exact unless some term's count is only bounded for this doc).
  const hitsOf = (d: number): number => {
    let h = 0;
    for (let i = 0; i < matches.length; i++) h += matches[i].tf[d];
    return h;
  };
  const exactHits = (d: number): number => {
    let h = 0;
    for (let i = 0; i < matches.length; i++) {
      const tm = matches[i];
      if (tm.bound && (tm.bound[d >>> 5] & (1 << (d & 31))) !== 0) {
        tm.tf[d] = countInDoc(ix, tm, d, HIT_CAP);
        tm.bound[d >>> 5] &= ~(1 << (d & 31));
      }
      h += tm.tf[d];
    }
    return h;
  };
  // Rule 4: neighbouring terms right next to each other (exact doc sets of the joined phrases).
  const together = new Uint8Array(n);
  for (const [ab, ba] of togetherPairs(terms)) {
    const both = docsWith(ix, ab).slice();
    orInto(both, docsWith(ix, ba));
    andInto(both, m);
    const ids = toIds(both);
    for (let i = 0; i < ids.length; i++) together[ids[i]]++;
  }
  // Upper bound of the relevance (exact unless some term's count is only bounded for this doc).
  const relevanceBound = (d: number): number => together[d] * TOGETHER_WEIGHT + hitsOf(d);
  const keyOf = (d: number): Ranked => {
    const t = tier[d];
    const relevance = together[d] * TOGETHER_WEIGHT + exactHits(d);
    return { doc: d, exact: t >>> 12, title: (t >>> 6) & 63, summary: t & 63, relevance };
  };

  touched.sort((a, b) => tier[b] - tier[a] || a - b);
  const out: Ranked[] = [];
  let i = 0;
  while (i < touched.length && out.length < k) {
    let j = i;
    while (j < touched.length && tier[touched[j]] === tier[touched[i]]) j++;
    out.push(...bestOf(Uint32Array.from(touched.slice(i, j)), k - out.length, keyOf, relevanceBound));
    i = j;
  }
  if (out.length < k) {
    // The last tier: matching docs without title/summary hits, in doc order.
    let o = 0;
    const rest = new Uint32Array(ids.length);
    for (let x = 0; x < ids.length; x++) if (tier[ids[x]] === 0) rest[o++] = ids[x];
    out.push(...bestOf(rest.subarray(0, o), k - out.length, keyOf, relevanceBound));
  }
  return out;
}

/**
 * Best `need` docs of one tier (`docs` ascending) by relevance, then doc number. Docs are
 * counting-sorted by an upper bound of their relevance (stable: doc order within a level) and
 * evaluated best level first; a level stops as soon as its bound cannot beat the worst kept.
 * The bound is exact except where a long term's count is only bounded (then counted on the text).
 */
function bestOf(
  docs: Uint32Array,
  need: number,
  keyOf: (d: number) => Ranked,
  boundOf: (d: number) => number,
): Ranked[] {
  if (need <= 0 || docs.length === 0) return [];
  const bound = new Uint16Array(docs.length);
  let max = 0;
  for (let i = 0; i < docs.length; i++) {
    const b = boundOf(docs[i]);
    bound[i] = b;
    if (b > max) max = b;
  }
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
