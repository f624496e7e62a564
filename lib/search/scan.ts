// The reference implementation: a plain substring scan over every document's folded fields.
// Slow by design and obviously right; the engine must return exactly the same articles.
import { compareDocs, docFields, type SearchDocument } from './document';
import { fold, wellFormed } from './fold';
import {
  buildPlaceTable,
  districtKey,
  docHasSlug,
  docInCity,
  docInDistricts,
  resolvePlaceFilter,
  type PlaceTable,
} from './places';
import { clampPage, isPinyinCandidate, parseQuery, type SearchParams, type SearchResult } from './query';
import { compareRanked, countOccurrences, HIT_CAP, packScore, togetherPairs, TOGETHER_WEIGHT, type RankKey } from './rank';
import { makeSnippet } from './snippet';
import { sortCityFacets, sortDistrictFacets } from './facets';

interface FoldedDoc {
  title: string;
  summary: string;
  body: string;
  /** Every field, title and summary and body included. */
  fields: string[];
}

export interface ScanIndex {
  kind: 'scan';
  docs: SearchDocument[];
  folded: FoldedDoc[];
  places: PlaceTable;
}

export function buildScanIndex(input: readonly SearchDocument[]): ScanIndex {
  const docs = [...input].sort(compareDocs);
  const folded = docs.map((d) => {
    const fields = docFields(d).map((f) => fold(wellFormed(f)));
    return { title: fields[0], summary: fields[1], body: fields[2], fields };
  });
  return { kind: 'scan', docs, folded, places: buildPlaceTable(docs) };
}

function termMatches(doc: SearchDocument, f: FoldedDoc, term: string): boolean {
  return f.fields.some((x) => x.includes(term)) || (isPinyinCandidate(term) && docHasSlug(doc, term));
}

export function rankKeyOf(doc: SearchDocument, f: FoldedDoc, terms: readonly string[], phrase: string): RankKey {
  let title = 0;
  let summary = 0;
  let hits = 0;
  for (const t of terms) {
    if (f.title.includes(t)) title++;
    if (f.summary.includes(t)) summary++;
    let n = 0;
    for (const x of f.fields) n += countOccurrences(x, t, HIT_CAP);
    if (isPinyinCandidate(t) && docHasSlug(doc, t)) n++;
    hits += Math.min(HIT_CAP, n);
  }
  const exact = phrase.length > 0 && f.title === phrase ? 1 : 0;
  let together = 0;
  for (const [ab, ba] of togetherPairs(terms)) {
    if (f.fields.some((x) => x.includes(ab) || x.includes(ba))) together++;
  }
  return { exact, title, summary, relevance: together * TOGETHER_WEIGHT + hits };
}

export function scanSearch(index: ScanIndex, params: SearchParams): SearchResult {
  const parsed = parseQuery(params.q);
  const { offset, limit } = clampPage(params);
  const filter = resolvePlaceFilter(index.places, params.city, params.district);
  const messages = [...parsed.messages, ...filter.messages];
  const { terms } = parsed;
  const hasFilter = filter.citySlug !== null || filter.districtKeys !== null;
  const empty = (): SearchResult => ({
    total: 0,
    hits: [],
    terms,
    facets: { cities: [], districts: [] },
    ...(messages.length ? { message: messages.join('；') } : {}),
  });
  if (filter.unknown) return empty();
  if (terms.length === 0 && !hasFilter) {
    if (!parsed.nothingSearchable) messages.push('请输入要搜索的词');
    return empty();
  }

  const cityCounts = new Map<string, number>();
  const districtCounts = new Map<string, number>();
  const matched: (RankKey & { doc: number })[] = [];
  index.docs.forEach((doc, i) => {
    const f = index.folded[i];
    if (!terms.every((t) => termMatches(doc, f, t))) return;
    const cities = new Set(doc.places.map((p) => p.citySlug));
    for (const c of cities) cityCounts.set(c, (cityCounts.get(c) ?? 0) + 1);
    if (filter.citySlug !== null && !cities.has(filter.citySlug)) return;
    const keys = new Set(
      doc.places.filter((p) => p.districtSlug !== null).map((p) => districtKey(p.citySlug, p.districtSlug as string)),
    );
    for (const k of keys) {
      if (filter.citySlug === null || k.startsWith(`${filter.citySlug}/`)) {
        districtCounts.set(k, (districtCounts.get(k) ?? 0) + 1);
      }
    }
    if (filter.districtKeys !== null && !filter.districtKeys.some((k) => keys.has(k))) return;
    matched.push({ doc: i, ...rankKeyOf(doc, f, terms, parsed.phrase) });
  });
  matched.sort(compareRanked);
  const hits = matched.slice(offset, offset + limit).map((m) => {
    const doc = index.docs[m.doc];
    return { id: doc.id, score: packScore(m), title: doc.title, snippet: makeSnippet(doc, terms) };
  });
  return {
    total: matched.length,
    hits,
    terms,
    facets: {
      cities: sortCityFacets(index.places, cityCounts),
      districts: sortDistrictFacets(index.places, districtCounts),
    },
    ...(messages.length ? { message: messages.join('；') } : {}),
  };
}

/** Slugs of every matching article (unranked): for tests and benchmarks. */
export function scanMatchIds(index: ScanIndex, params: SearchParams): string[] {
  const parsed = parseQuery(params.q);
  const filter = resolvePlaceFilter(index.places, params.city, params.district);
  const hasFilter = filter.citySlug !== null || filter.districtKeys !== null;
  if (filter.unknown || (parsed.terms.length === 0 && !hasFilter)) return [];
  const out: string[] = [];
  index.docs.forEach((doc, i) => {
    const f = index.folded[i];
    if (!parsed.terms.every((t) => termMatches(doc, f, t))) return;
    if (filter.citySlug !== null && !docInCity(doc, filter.citySlug)) return;
    if (filter.districtKeys !== null && !docInDistricts(doc, filter.districtKeys)) return;
    out.push(doc.id);
  });
  return out;
}

/** The scan under the engine's names, so tests and benchmarks can swap one for the other. */
export { buildScanIndex as buildIndex, scanSearch as search };
