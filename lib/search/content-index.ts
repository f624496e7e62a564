// The site's search index: built once per loaded content (once per process), never per request,
// and saved next to the parse cache so the next start with the same articles only reads it back.
import fs from 'node:fs';
import { searchIndexFile, writeAtomically } from '../content/cache';
import type { Content } from '../content/validate';
import { processSingleton } from '../process-singleton';
import { toSearchDocument } from './document';
import { buildIndex, type SearchIndex } from './index';
import { indexKey, restoreIndex, serializeIndex } from './persist';

const cache = processSingleton('search-index', () => new WeakMap<Content, SearchIndex>());

export type IndexSource = 'built' | 'restored';

/** Reads the saved index for these documents if there is one; else builds it and saves it. */
function loadOrBuild(content: Content): { index: SearchIndex; source: IndexSource } {
  const docs = content.articles.map(toSearchDocument);
  const file = content.dir ? searchIndexFile(content.dir) : null;
  if (!file) return { index: buildIndex(docs), source: 'built' };
  const key = indexKey(docs);
  let bytes: Buffer | null = null;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    // no saved index yet
  }
  const restored = bytes ? restoreIndex(bytes, docs, key) : null;
  if (restored) return { index: restored, source: 'restored' };
  const index = buildIndex(docs);
  try {
    writeAtomically(file, serializeIndex(index, key));
  } catch (error) {
    // A read-only disk costs the next start a rebuild, nothing else.
    console.warn(`搜索索引未能保存到 ${file}：${error instanceof Error ? error.message : String(error)}`);
  }
  return { index, source: 'built' };
}

const sources = processSingleton('search-index-source', () => new WeakMap<SearchIndex, IndexSource>());

export function searchIndexFor(content: Content): SearchIndex {
  let index = cache.get(content);
  if (!index) {
    const made = loadOrBuild(content);
    index = made.index;
    cache.set(content, index);
    sources.set(index, made.source);
  }
  return index;
}

/** Whether an index was built in this process or read back from disk (for start-up logs and tests). */
export const indexSource = (index: SearchIndex): IndexSource | undefined => sources.get(index);
