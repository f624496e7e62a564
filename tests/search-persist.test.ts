import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexFile } from '../lib/content/cache';
import { checkContent, loadContent } from '../lib/content/load';
import type { Content } from '../lib/content/validate';
import { indexSource, searchIndexFor } from '../lib/search/content-index';
import { toSearchDocument, type SearchDocument } from '../lib/search/document';
import { buildIndex, indexBytes, search } from '../lib/search/index';
import { INDEX_FORMAT, indexKey, restoreIndex, serializeIndex } from '../lib/search/persist';

const real = loadContent();
const docs = real.articles.map(toSearchDocument);

/** Every 1-, 2- and 3-character piece of every title, plus phrases, filters and later pages. */
function queries(): { q: string; city?: string; page?: number }[] {
  const out: { q: string; city?: string; page?: number }[] = [];
  for (const d of docs) {
    const chars = Array.from(d.title).filter((c) => /\p{Script=Han}/u.test(c));
    for (let i = 0; i + 3 <= chars.length; i += 2) {
      out.push({ q: chars[i] }, { q: chars.slice(i, i + 2).join('') }, { q: chars.slice(i, i + 3).join('') });
    }
  }
  out.push(
    { q: '老旧小区', city: 'hangzhou' },
    { q: '“童”行消防 感恩“蓝焰”' },
    { q: '基层 治理', page: 2 },
    { q: '上城區' },
    { q: 'shangcheng' },
    { q: '周静' },
    { q: '没有这样的词语' },
  );
  return out;
}

describe('the saved search index', () => {
  const built = buildIndex(docs);
  const key = indexKey(docs);

  it('answers every query exactly as the index it was saved from', () => {
    const restored = restoreIndex(serializeIndex(built, key), docs, key);
    expect(restored).not.toBeNull();
    for (const q of queries()) expect(search(restored!, q), JSON.stringify(q)).toEqual(search(built, q));
    expect(indexBytes(restored!)).toEqual(indexBytes(built));
  });

  it('is refused when made from other documents, in another format, or unreadable', () => {
    const bytes = serializeIndex(built, key);
    const edited: SearchDocument[] = docs.map((d, i) => (i === 3 ? { ...d, text: `${d.text}补记。` } : d));
    expect(restoreIndex(bytes, edited, indexKey(edited))).toBeNull();
    expect(restoreIndex(bytes, docs.slice(1), key)).toBeNull();
    const other = v8.serialize({ ...(v8.deserialize(bytes) as object), format: INDEX_FORMAT + 1 });
    expect(restoreIndex(other, docs, key)).toBeNull();
    expect(restoreIndex(Buffer.from('not an index'), docs, key)).toBeNull();
    expect(restoreIndex(bytes.subarray(0, bytes.length >> 1), docs, key)).toBeNull();
  });

  it('has a key that changes with any field of any document', () => {
    const variants: SearchDocument[][] = [
      docs.map((d, i) => (i === 0 ? { ...d, title: `${d.title}！` } : d)),
      docs.map((d, i) => (i === 5 ? { ...d, summary: '' } : d)),
      docs.map((d, i) => (i === 7 ? { ...d, authors: [...d.authors, '新作者'] } : d)),
      docs.map((d, i) => (i === 9 ? { ...d, places: d.places.slice(0, 0) } : d)),
      docs.map((d, i) => (i === 2 ? { ...d, date: '2023-12-27' } : d)),
      docs.slice(1),
    ];
    const keys = new Set([key, ...variants.map(indexKey)]);
    expect(keys.size).toBe(variants.length + 1);
    expect(indexKey(docs.map((d) => ({ ...d })))).toBe(key);
  });
});

describe('the site index on disk', () => {
  let cacheDir: string;
  let contentDir: string;
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-cache-'));
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-content-'));
    fs.cpSync(real.dir!, contentDir, { recursive: true });
    process.env.CONTENT_CACHE = '1';
    process.env.CONTENT_CACHE_DIR = cacheDir;
  });
  afterEach(() => {
    process.env.CONTENT_CACHE = '0';
    delete process.env.CONTENT_CACHE_DIR;
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.rmSync(contentDir, { recursive: true, force: true });
  });
  // A fresh Content object each time, as a new server process would have.
  const fresh = (): Content => {
    const r = checkContent(contentDir);
    expect(r.problems).toEqual([]);
    return { articles: r.articles, series: r.series, dir: contentDir };
  };

  it('is built and saved on the first start, read back on the next, rebuilt after an edit', () => {
    const first = searchIndexFor(fresh());
    expect(indexSource(first)).toBe('built');
    expect(fs.existsSync(searchIndexFile(contentDir)!)).toBe(true);

    const second = searchIndexFor(fresh());
    expect(indexSource(second)).toBe('restored');
    expect(search(second, { q: '老旧小区' })).toEqual(search(first, { q: '老旧小区' }));

    const file = path.join(contentDir, real.articles[0].file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n*$/, '\n\n新增一段：独一无二的补充说明。\n'));
    const third = searchIndexFor(fresh());
    expect(indexSource(third)).toBe('built');
    expect(search(third, { q: '独一无二的补充说明' }).hits.map((h) => h.id)).toEqual([real.articles[0].slug]);
    expect(indexSource(searchIndexFor(fresh()))).toBe('restored');
  });

  it('writes nothing when the cache is off', () => {
    process.env.CONTENT_CACHE = '0';
    expect(indexSource(searchIndexFor(fresh()))).toBe('built');
    expect(fs.readdirSync(cacheDir)).toEqual([]);
  });
});
