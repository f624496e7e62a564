// The search scratch (lib/search/engine/scratch.ts): one set of working arrays per index, reused
// by every search. Reuse must not leak anything from one search into the next: each answer must
// be the one a fresh index (that never searched before) gives, whatever ran before it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { cities } from '../../lib/places/gazetteer';
import { toSearchDocument, type SearchDocument } from '../../lib/search/document';
import { beginSearch, endSearch, termTf } from '../../lib/search/engine/scratch';
import { buildIndex, matchIds, search, type SearchIndex } from '../../lib/search/index';
import { buildScanIndex, scanSearch } from '../../lib/search/reference/scan';
import type { SearchParams } from '../../lib/search/text/query';
import { generateArticles, mulberry32, sourceFromArticles } from '../../scripts/lib/synthetic/generate';

function archive(count: number, seed: number): SearchDocument[] {
  const source = sourceFromArticles(loadContent().articles);
  return generateArticles({ source, cities, count, seed, text: 'varied' }).map((a) => toSearchDocument(a));
}

/** Queries of every kind the engine treats apart: 1–2 units, longer words, two terms, pinyin, places, pages. */
function queries(docs: readonly SearchDocument[], count: number, seed: number): SearchParams[] {
  const rand = mulberry32(seed);
  const piece = (len: number): string => {
    const d = docs[Math.floor(rand() * docs.length)];
    const chars = Array.from(rand() < 0.8 ? d.text : d.title);
    const at = Math.floor(rand() * Math.max(1, chars.length - len));
    return chars.slice(at, at + len).join('');
  };
  const out: SearchParams[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 6;
    const q =
      kind === 0
        ? piece(1)
        : kind === 1
          ? piece(2)
          : kind === 2
            ? piece(3 + Math.floor(rand() * 6))
            : kind === 3
              ? `${piece(2)} ${piece(2)}`
              : kind === 4
                ? 'hangzhou'
                : `${piece(2)} ${piece(3)}`;
    const params: SearchParams = { q, limit: 1 + Math.floor(rand() * 40), offset: Math.floor(rand() * 12) };
    const place = docs[Math.floor(rand() * docs.length)].places[0];
    if (place && rand() < 0.3) params.city = place.citySlug;
    out.push(params);
  }
  return out;
}

describe('search scratch (reused working arrays)', () => {
  let docsA: SearchDocument[];
  let docsB: SearchDocument[];
  let qa: SearchParams[];
  let qb: SearchParams[];
  beforeAll(() => {
    docsA = archive(300, 11);
    docsB = archive(200, 12);
    qa = queries(docsA, 24, 1);
    qb = queries(docsB, 24, 2);
  });

  /** Each query's answer from an index of its own that has answered nothing else. */
  function freshAnswers(docs: SearchDocument[], qs: SearchParams[]): unknown[] {
    return qs.map((q) => search(buildIndex(docs), q));
  }

  it('gives two searches interleaved on one index the answers of fresh indexes', () => {
    const expected = freshAnswers(docsA, qa);
    const ix = buildIndex(docsA);
    const rand = mulberry32(3);
    // Every query after many others, in three different orders.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < qa.length; i++) {
        const j = Math.floor(rand() * qa.length);
        expect(search(ix, qa[i]), JSON.stringify(qa[i])).toEqual(expected[i]);
        expect(search(ix, qa[j]), JSON.stringify(qa[j])).toEqual(expected[j]);
      }
    }
  });

  it('keeps the scratches of two indexes apart', () => {
    const expectedA = freshAnswers(docsA, qa);
    const expectedB = freshAnswers(docsB, qb);
    const ixA = buildIndex(docsA);
    const ixB = buildIndex(docsB);
    for (let i = 0; i < qa.length; i++) {
      expect(search(ixA, qa[i])).toEqual(expectedA[i]);
      expect(search(ixB, qb[i])).toEqual(expectedB[i]);
      // Now and then the other archive's query on each index: sizes and places differ.
      if (i % 4 === 0) expect(search(ixB, qa[i])).toEqual(search(buildIndex(docsB), qa[i]));
    }
  });

  it('answers every page size and offset of a query as the reference scan does, between other searches', () => {
    const ix = buildIndex(docsA);
    const scan = buildScanIndex(docsA);
    const others = qa.slice(0, 6);
    let checked = 0;
    for (const q of ['上', '发展', qa[3].q]) {
      const all = search(ix, { q, limit: 100 });
      for (const limit of [1, 2, 10, 37, 100]) {
        for (const offset of [0, 1, 9, 50]) {
          search(ix, others[checked % others.length]);
          const page = search(ix, { q, limit, offset });
          expect(page).toEqual(scanSearch(scan, { q, limit, offset }));
          // A page is a window of the full ranking.
          if (offset + limit <= 100) expect(page.hits).toEqual(all.hits.slice(offset, offset + limit));
          checked++;
        }
      }
    }
    expect(search(ix, { q: '上', limit: 100 }).total).toBeGreaterThan(100);
  });

  it('leaves the per-doc arrays zero after each search, and recovers from a search that did not finish', () => {
    const ix: SearchIndex = buildIndex(docsA);
    const expected = freshAnswers(docsA, qa);
    const zero = (a: ArrayLike<number>) => Array.prototype.every.call(a, (v: number) => v === 0);
    for (let i = 0; i < qa.length; i++) {
      search(ix, qa[i]);
      matchIds(ix, qa[i]);
      const s = beginSearch(ix);
      expect(zero(s.tier) && zero(s.together) && s.tfs.every(zero), JSON.stringify(qa[i])).toBe(true);
      expect(zero(s.city) && zero(s.district) && zero(s.byCode)).toBe(true);
      endSearch(s, new Uint32Array(0), 0);
    }
    // A search that stopped half-way (as if it had thrown): counts left behind.
    const s = beginSearch(ix);
    s.tier.fill(4096);
    s.together.fill(2);
    termTf(s, 0).fill(3);
    termTf(s, 1).fill(3);
    s.city.fill(9);
    s.district.fill(9);
    s.byCode.fill(9);
    for (let i = 0; i < qa.length; i++) expect(search(ix, qa[i])).toEqual(expected[i]);
  });
});
