// What a search that found nothing can offer next: each of its words searched alone.
import { countMatches, type SearchIndex, type SearchResult } from '../search/index';

export type WiderSearch = { q: string; total: number };

/**
 * For a search of several words that found nothing (every word must occur), each word on its
 * own, in query order, where it finds something under the same place filter. Counted, not
 * searched (no ranking, facets or snippets): at most LIMITS.maxTerms counts, only for an empty result.
 */
export function eachWordAlone(
  index: SearchIndex,
  result: Pick<SearchResult, 'total' | 'terms'>,
  filter: { city?: string; district?: string } = {},
): WiderSearch[] {
  if (result.total > 0 || result.terms.length < 2) return [];
  return result.terms.map((q) => ({ q, total: countMatches(index, { q, ...filter }) })).filter((s) => s.total > 0);
}
