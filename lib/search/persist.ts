// The search index saved to disk, so a server start does not rebuild it (13 s at 100 000 articles)
// when the documents have not changed. Pure serialise/restore here; content-index.ts does the I/O.
import crypto from 'node:crypto';
import v8 from 'node:v8';
import { compareDocs, type SearchDocument } from './document';
import type { GramSets, SearchIndex, Stream } from './build/types';
import { BigramTable, PairTable } from './structures/hash-tables';

/** Bump when build/ changes what an index holds or how it is laid out (2: grouped fields, no long-phrase data). */
export const INDEX_FORMAT = 2;

/**
 * A fingerprint of everything the index is built from: every field of every document, in order,
 * and the index format. Any edit to any article gives another key, so a stale index is never used.
 */
export function indexKey(docs: readonly SearchDocument[]): string {
  const h = crypto.createHash('sha1');
  h.update(`format ${INDEX_FORMAT}\0${docs.length}\0`);
  for (const d of docs) {
    h.update(d.id).update('\0').update(d.date).update('\0').update(d.title).update('\0').update(d.summary).update('\0');
    h.update(d.text)
      .update('\0')
      .update(JSON.stringify([d.authors, d.places]))
      .update('\u0001');
  }
  return h.digest('base64url');
}

type Saved = { format: number; key: string; index: Omit<SearchIndex, 'docs'> };

/** The index as bytes, without its documents (the caller has them). */
export function serializeIndex(index: SearchIndex, key: string): Buffer {
  const { docs: _docs, ...rest } = index;
  const saved: Saved = { format: INDEX_FORMAT, key, index: rest };
  return v8.serialize(saved);
}

// v8 serialisation keeps fields, typed arrays, maps and shared references, but not prototypes:
// the two hash-table classes get theirs back.
function reviveSets(sets: GramSets) {
  Object.setPrototypeOf(sets.table, BigramTable.prototype);
}
function reviveStream(stream: Stream) {
  for (const level of stream.levels) Object.setPrototypeOf(level.table, PairTable.prototype);
}

/**
 * The saved index for `docs`, or null when the bytes are unreadable, of another format, or made
 * from other documents (`key` is `indexKey(docs)`).
 */
export function restoreIndex(bytes: Buffer, docs: SearchDocument[], key: string): SearchIndex | null {
  let saved: Partial<Saved>;
  try {
    saved = v8.deserialize(bytes) as Partial<Saved>;
  } catch {
    return null;
  }
  if (!saved || saved.format !== INDEX_FORMAT || saved.key !== key || !saved.index || saved.index.n !== docs.length) return null;
  // The engine's internal doc order (build/build-index.ts sorts the same way).
  const index: SearchIndex = { ...saved.index, docs: [...docs].sort(compareDocs) };
  for (const sets of [index.grams.all, index.grams.title, index.grams.summary]) reviveSets(sets);
  for (const stream of [index.streams.title, index.streams.summary, index.streams.rest]) reviveStream(stream);
  return index;
}
