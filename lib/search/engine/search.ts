// A search: the docs of every term (term-match.ts), facets, the place filter, then the best page
// (top-k.ts). Same answers as the reference scan (../reference/scan.ts) — that is tested.
import type { PlaceIndex, SearchIndex } from '../build/types';
import type { PlaceFilter } from '../places/table';
import { emptyResult, hitOf, prepareRequest, withMessages, type SearchRequest } from '../request';
import { andInto, emptyBitset, fullBitset, orInto, toIds, type Bitset } from '../structures/bitset';
import type { SearchParams, SearchResult } from '../text/query';
import { facetsOf } from './facets';
import { matchTerm, type TermMatch } from './term-match';
import { topK } from './top-k';

/** The docs of every term of the request (and each term's match). */
function queryDocs(index: SearchIndex, request: SearchRequest): { docs: Bitset; matches: TermMatch[] } {
  const docs = fullBitset(index.n);
  const matches = request.terms.map((term, i) => matchTerm(index, term, request.raws[i]));
  for (const m of matches) andInto(docs, m.set);
  return { docs, matches };
}

/** Keeps in `docs` those in the filter's city and districts. */
function applyPlaceFilter(places: PlaceIndex, filter: PlaceFilter, docs: Bitset): void {
  if (filter.citySlug !== null) {
    const i = places.cityKeys.indexOf(filter.citySlug);
    if (i >= 0) andInto(docs, places.cityDocs[i]);
  }
  if (filter.districtKeys !== null) {
    const inDistricts = emptyBitset(docs.length * 32);
    for (const key of filter.districtKeys) {
      const i = places.districtKeys.indexOf(key);
      if (i >= 0) orInto(inDistricts, places.districtDocs[i]);
    }
    andInto(docs, inDistricts);
  }
}

export function search(index: SearchIndex, params: SearchParams): SearchResult {
  const request = prepareRequest(index.places.table, params);
  if (request.nothing) return emptyResult(request);
  const { docs, matches } = queryDocs(index, request);
  const queryIds = toIds(docs);
  const facets = facetsOf(index.places, queryIds, request.filter);
  applyPlaceFilter(index.places, request.filter, docs);
  const ids = request.hasFilter ? toIds(docs) : queryIds;
  const { offset, limit, terms } = request;
  const k = Math.min(ids.length, offset + limit);
  const top = k > 0 ? topK(index, { ids, docs, phrase: request.phrase, matches, k }) : [];
  const hits = top.slice(offset, offset + limit).map((r) => hitOf(index.docs[r.doc], r, terms));
  return withMessages(request, { total: ids.length, hits, terms, facets });
}

/** Slugs of every matching article (unranked): for tests and benchmarks. */
export function matchIds(index: SearchIndex, params: SearchParams): string[] {
  const request = prepareRequest(index.places.table, params);
  if (request.nothing) return [];
  const { docs } = queryDocs(index, request);
  applyPlaceFilter(index.places, request.filter, docs);
  return Array.from(toIds(docs), (d) => index.docs[d].id);
}
