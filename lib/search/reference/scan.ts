// The reference implementation: a plain substring scan over every document's folded fields.
// Slow by design and obviously right; the engine must return exactly the same articles.
import { compareDocs, docFields, type SearchDocument } from '../document';
import { fold, wellFormed } from '../text/fold';
import { buildPlaceTable, districtKey, docHasSlug, docInCity, docInDistricts, type PlaceTable } from '../places/table';
import { emptyResult, hitOf, prepareRequest, withMessages } from '../request';
import { isPinyinCandidate, type SearchParams, type SearchResult } from '../text/query';
import { compareRanked, countOccurrences, HIT_CAP, togetherPairs, TOGETHER_WEIGHT, type RankKey } from '../text/rank';
import { sortCityFacets, sortDistrictFacets } from '../places/facets';

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
  const request = prepareRequest(index.places, params);
  if (request.nothing) return emptyResult(request);
  const { terms, filter } = request;

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
    matched.push({ doc: i, ...rankKeyOf(doc, f, terms, request.phrase) });
  });
  matched.sort(compareRanked);
  const hits = matched.slice(request.offset, request.offset + request.limit).map((m) => hitOf(index.docs[m.doc], m, terms));
  return withMessages(request, {
    total: matched.length,
    hits,
    terms,
    facets: {
      cities: sortCityFacets(index.places, cityCounts),
      districts: sortDistrictFacets(index.places, districtCounts),
    },
  });
}

/** Slugs of every matching article (unranked): for tests and benchmarks. */
export function scanMatchIds(index: ScanIndex, params: SearchParams): string[] {
  const request = prepareRequest(index.places, params);
  if (request.nothing) return [];
  const { terms, filter } = request;
  const out: string[] = [];
  index.docs.forEach((doc, i) => {
    const f = index.folded[i];
    if (!terms.every((t) => termMatches(doc, f, t))) return;
    if (filter.citySlug !== null && !docInCity(doc, filter.citySlug)) return;
    if (filter.districtKeys !== null && !docInDistricts(doc, filter.districtKeys)) return;
    out.push(doc.id);
  });
  return out;
}

/** The scan under the engine's names, so tests and benchmarks can swap one for the other. */
export { buildScanIndex as buildIndex, scanSearch as search };
