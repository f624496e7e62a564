// A search: the docs of every term (term-match.ts), facets, the place filter, then the best page
// (top-k.ts). Same answers as the reference scan (../reference/scan.ts) — that is tested. The
// working arrays come from the index's scratch (scratch.ts), taken at the start and given back at
// the end of each search.
import type { PlaceIndex, SearchIndex } from '../build/types';
import type { PlaceFilter } from '../places/table';
import { emptyResult, hitOf, prepareRequest, withMessages, type SearchRequest } from '../request';
import { andInto, fillAll, orInto, toIdsInto, type Bitset } from '../structures/bitset';
import type { SearchHit, SearchParams, SearchResult } from '../text/query';
import { facetsOf } from './facets';
import { beginSearch, endSearch, takeBitset, type Scratch } from './scratch';
import { matchTerm, type TermMatch } from './term-match';
import { topK } from './top-k';

/** The docs of every term of the request (and each term's match). */
function queryDocs(index: SearchIndex, request: SearchRequest, scratch: Scratch): { docs: Bitset; matches: TermMatch[] } {
  const docs = fillAll(takeBitset(scratch), index.n);
  const matches: TermMatch[] = [];
  for (let i = 0; i < request.terms.length; i++) {
    matches.push(matchTerm(index, request.terms[i], request.raws[i], scratch));
    andInto(docs, matches[i].set);
  }
  return { docs, matches };
}

/** Keeps in `docs` those in the filter's city and districts. */
function applyPlaceFilter(places: PlaceIndex, filter: PlaceFilter, docs: Bitset, scratch: Scratch): void {
  if (filter.citySlug !== null) {
    const i = places.cityKeys.indexOf(filter.citySlug);
    if (i >= 0) andInto(docs, places.cityDocs[i]);
  }
  if (filter.districtKeys !== null) {
    const inDistricts = takeBitset(scratch);
    for (const key of filter.districtKeys) {
      const i = places.districtKeys.indexOf(key);
      if (i >= 0) orInto(inDistricts, places.districtDocs[i]);
    }
    andInto(docs, inDistricts);
  }
}

const NO_DOCS = new Uint32Array(0);

/** The docs of `docs` as a list in the scratch (valid until it is next written). */
function idsOf(docs: Bitset, scratch: Scratch): Uint32Array {
  return scratch.ids.subarray(0, toIdsInto(docs, scratch.ids));
}

export function search(index: SearchIndex, params: SearchParams): SearchResult {
  const request = prepareRequest(index.places.table, params);
  if (request.nothing) return emptyResult(request);
  const scratch = beginSearch(index);
  const { docs, matches } = queryDocs(index, request, scratch);
  const queryIds = idsOf(docs, scratch);
  const facets = facetsOf(index.places, queryIds, request.filter, scratch);
  applyPlaceFilter(index.places, request.filter, docs, scratch);
  const ids = request.hasFilter ? idsOf(docs, scratch) : queryIds;
  const { offset, limit, terms } = request;
  const k = Math.min(ids.length, offset + limit);
  const top = k > 0 ? topK(index, { ids, docs, phrase: request.phrase, matches, k, scratch }) : [];
  endSearch(scratch, ids, matches.length);
  const hits: SearchHit[] = [];
  for (let i = offset; i < top.length && i < offset + limit; i++) hits.push(hitOf(index.docs[top[i].doc], top[i], terms));
  return withMessages(request, { total: ids.length, hits, terms, facets });
}

/** What `read` makes of the matching docs (unranked, no facets), or `none` when nothing is asked. */
function withMatches<T>(index: SearchIndex, params: SearchParams, none: T, read: (ids: Uint32Array) => T): T {
  const request = prepareRequest(index.places.table, params);
  if (request.nothing) return none;
  const scratch = beginSearch(index);
  const { docs } = queryDocs(index, request, scratch);
  applyPlaceFilter(index.places, request.filter, docs, scratch);
  const result = read(idsOf(docs, scratch));
  endSearch(scratch, NO_DOCS, 0); // nothing ranked: nothing to clear
  return result;
}

/** Slugs of every matching article (unranked): for tests and benchmarks. */
export function matchIds(index: SearchIndex, params: SearchParams): string[] {
  return withMatches(index, params, [], (ids) => Array.from(ids, (d) => index.docs[d].id));
}

/** How many articles match: the total of `search`, without its ranking, facets or snippets. */
export function countMatches(index: SearchIndex, params: SearchParams): number {
  return withMatches(index, params, 0, (ids) => ids.length);
}
