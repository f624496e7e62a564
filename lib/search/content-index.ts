// The site's search index: built once per loaded content (once per process), never per request.
import type { Content } from '../content/validate';
import { processSingleton } from '../process-singleton';
import { toSearchDocument } from './document';
import { buildIndex, type SearchIndex } from './index';

const cache = processSingleton('search-index', () => new WeakMap<Content, SearchIndex>());

export function searchIndexFor(content: Content): SearchIndex {
  let index = cache.get(content);
  if (!index) {
    index = buildIndex(content.articles.map(toSearchDocument));
    cache.set(content, index);
  }
  return index;
}
