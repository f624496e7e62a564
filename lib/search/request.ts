// What a search asks for, once parsed: the engine and the reference scan start from the same
// request, so the two cannot disagree on parsing, paging, place filters or messages.
import type { SearchDocument } from './document';
import { resolvePlaceFilter, type PlaceFilter, type PlaceTable } from './places/table';
import { clampPage, parseQuery, type ParsedQuery, type SearchHit, type SearchParams, type SearchResult } from './text/query';
import { packScore, type RankKey } from './text/rank';
import { makeSnippet } from './text/snippet';

export interface SearchRequest extends ParsedQuery {
  filter: PlaceFilter;
  /** A city or district filter is in force. */
  hasFilter: boolean;
  offset: number;
  limit: number;
  /** Nothing to look up (an unknown place, or no terms and no filter): the result is empty. */
  nothing: boolean;
}

export function prepareRequest(places: PlaceTable, params: SearchParams): SearchRequest {
  const parsed = parseQuery(params.q);
  const filter = resolvePlaceFilter(places, params.city, params.district);
  const hasFilter = filter.citySlug !== null || filter.districtKeys !== null;
  const messages = [...parsed.messages, ...filter.messages];
  const noTerms = parsed.terms.length === 0 && !hasFilter;
  if (!filter.unknown && noTerms && !parsed.nothingSearchable) messages.push('请输入要搜索的词');
  const { offset, limit } = clampPage(params);
  // Spelled out, not spread: one object shape for every request, built without a runtime copy.
  return {
    terms: parsed.terms,
    raws: parsed.raws,
    phrase: parsed.phrase,
    nothingSearchable: parsed.nothingSearchable,
    messages,
    filter,
    hasFilter,
    offset,
    limit,
    nothing: filter.unknown || noTerms,
  };
}

/** The result with the request's messages, if any. */
export function withMessages(request: SearchRequest, result: Omit<SearchResult, 'message'>): SearchResult {
  return request.messages.length ? { ...result, message: request.messages.join('；') } : result;
}

export function emptyResult(request: SearchRequest): SearchResult {
  return withMessages(request, { total: 0, hits: [], terms: request.terms, facets: { cities: [], districts: [] } });
}

/** One hit of the result page. */
export function hitOf(doc: SearchDocument, key: RankKey, terms: readonly string[]): SearchHit {
  return { id: doc.id, score: packScore(key), title: doc.title, snippet: makeSnippet(doc, terms) };
}
