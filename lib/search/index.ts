// The search engine's public API. See README.md for how it works and what its terms mean.
import { buildSearchIndex } from './build/build-index';
import type { BuildOptions, SearchIndex } from './build/types';
import type { SearchDocument } from './document';

export type { BuildOptions, SearchIndex } from './build/types';
export type { SearchDocument, SearchPlace } from './document';
export { toSearchDocument } from './document';
export { LIMITS, type SearchHit, type SearchParams, type SearchResult } from './text/query';
export { indexBytes } from './build/index-bytes';
export { countMatches, matchIds, search } from './engine/search';
export { buildScanIndex, scanMatchIds, scanSearch, type ScanIndex } from './reference/scan';

export function buildIndex(docs: readonly SearchDocument[], options?: BuildOptions): SearchIndex {
  return buildSearchIndex(docs, options);
}
