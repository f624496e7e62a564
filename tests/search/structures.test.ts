// The search engine's data structures on their own: bitsets, postings, hash tables, pair logs.
import { describe, expect, it } from 'vitest';
import {
  andInto,
  bitsetWords,
  emptyBitset,
  fromSorted,
  fullBitset,
  isEmpty,
  orInto,
  pop32,
  popcount,
  toIds,
} from '../../lib/search/structures/bitset';
import { BigramTable, bigramKey, PairTable } from '../../lib/search/structures/hash-tables';
import { bumpDense, bumpSparse, countsIn, gramBitset, isDense, PostingFiller } from '../../lib/search/structures/postings';
import { PairLog } from '../../lib/search/structures/pair-log';
import { mulberry32 } from '../../scripts/lib/synthetic/generate';

describe('bitset', () => {
  it('sizes, fills and clears the bits past n', () => {
    expect(bitsetWords(0)).toBe(0);
    expect(bitsetWords(32)).toBe(1);
    expect(bitsetWords(33)).toBe(2);
    expect(Array.from(toIds(fullBitset(35)))).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect(popcount(fullBitset(64))).toBe(64);
    expect(isEmpty(emptyBitset(100))).toBe(true);
    expect(isEmpty(fromSorted([99], 100))).toBe(false);
  });

  it('ands, ors and lists ids in order, bit 31 included', () => {
    const a = fromSorted([0, 31, 32, 63, 99], 100);
    const b = fromSorted([31, 40, 63, 98], 100);
    const both = a.slice();
    andInto(both, b);
    expect(Array.from(toIds(both))).toEqual([31, 63]);
    orInto(a, b);
    expect(Array.from(toIds(a))).toEqual([0, 31, 32, 40, 63, 98, 99]);
    expect(Array.from(toIds(a, 3))).toEqual([0, 31, 32]);
  });

  it('counts the bits of any 32-bit word', () => {
    const rand = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const x = Math.floor(rand() * 2 ** 32) | 0;
      const slow = x
        .toString(2)
        .replace(/^-/, '')
        .split('')
        .filter((c) => c === '1').length;
      expect(pop32(x)).toBe(
        x < 0
          ? (x >>> 0)
              .toString(2)
              .split('')
              .filter((c) => c === '1').length
          : slow,
      );
    }
    expect(pop32(-1)).toBe(32);
    expect(pop32(0)).toBe(0);
  });
});

/** A store of random postings (gram g in doc d with count tf[g][d]), and what it should answer. */
function randomPostings(n: number, grams: number, withTf: boolean, seed: number) {
  const rand = mulberry32(seed);
  // Densities from very rare to nearly every doc, so both lists and bitsets occur.
  const density = Array.from({ length: grams }, (_, g) => [0, 0.001, 0.02, 0.3, 0.9][g % 5] * rand() * 1.1);
  const tf: Map<number, number>[] = density.map((p) => {
    const m = new Map<number, number>();
    for (let d = 0; d < n; d++) if (rand() < p) m.set(d, 1 + Math.floor(rand() * 5));
    return m;
  });
  const filler = new PostingFiller(
    n,
    tf.map((m) => m.size),
    grams,
    withTf,
  );
  if (!withTf) for (let d = 0; d < n; d++) for (let g = 0; g < grams; g++) if (tf[g].has(d)) filler.add(g, d);
  return { filler, tf };
}

describe('postings', () => {
  it('keeps frequent grams as bitsets and rare ones as lists', () => {
    expect(isDense(100, 1000)).toBe(true);
    expect(isDense(10, 1000)).toBe(false);
    expect(isDense(64, 64)).toBe(false); // too few docs to be worth a bitset
  });

  it('gives every gram its docs, as a view for bitsets and a fresh set for lists', () => {
    const n = 3000;
    const { filler, tf } = randomPostings(n, 25, false, 2);
    const store = filler.finish();
    let dense = 0;
    tf.forEach((m, g) => {
      const { bits, shared } = gramBitset(store, g);
      expect(Array.from(toIds(bits)), `gram ${g}`).toEqual([...m.keys()].sort((a, b) => a - b));
      expect(store.df[g]).toBe(m.size);
      expect(shared).toBe(isDense(m.size, n));
      if (shared) dense++;
    });
    expect(dense).toBeGreaterThan(0);
    expect(dense).toBeLessThan(25);
  });

  it('reads back counts capped at 3, through a mask, and takes the minimum of two grams', () => {
    const n = 2000;
    const grams = 10;
    const { tf } = randomPostings(n, grams, true, 3);
    // With counts, the filler is filled as build/grams.ts does it: through its planes and lists.
    const filler = new PostingFiller(
      n,
      tf.map((m) => m.size),
      grams,
      true,
    );
    const seen = new Int32Array(grams).fill(-1);
    for (let d = 0; d < n; d++) {
      for (let g = 0; g < grams; g++) {
        const c = tf[g].get(d);
        if (c === undefined) continue;
        for (let k = 0; k < c; k++) bumpForTest(filler, g, d, seen);
      }
    }
    const store = filler.finish();
    const mask = emptyBitset(n);
    for (let d = 0; d < n; d += 3) mask[d >>> 5] |= 1 << (d & 31);
    for (let g = 0; g < grams; g++) {
      const out = new Uint8Array(n);
      countsIn(store, g, out, 2, mask, false);
      for (let d = 0; d < n; d++) expect(out[d], `gram ${g} doc ${d}`).toBe(d % 3 === 0 ? Math.min(2, tf[g].get(d) ?? 0) : 0);
      const all = fullBitset(n);
      const min = new Uint8Array(n).fill(3);
      countsIn(store, g, min, 3, all, true);
      for (const [d, c] of tf[g]) expect(min[d]).toBe(Math.min(3, c));
    }
  });

  it('refuses counts from a store without them', () => {
    const store = new PostingFiller(10, [1], 1, false).finish();
    expect(() => countsIn(store, 0, new Uint8Array(10), 3, fullBitset(10), false)).toThrow(/no counts/);
  });
});

/** One more occurrence of gram g in doc d, the way build/grams.ts counts (2-bit saturating). */
function bumpForTest(f: PostingFiller, g: number, d: number, seen: Int32Array): void {
  const c = f.col[g];
  if (c >= 0) bumpDense(f.lo as Uint32Array, f.hi as Uint32Array, (d >>> 5) * f.cols + c, 1 << (d & 31));
  else bumpSparse(f, g, d, seen);
}

describe('hash tables', () => {
  it('BigramTable: dense ids in insertion order, stable across growth, −1 for unknown keys', () => {
    const t = new BigramTable(4);
    const keys = Array.from({ length: 5000 }, (_, i) => bigramKey(0x4e00 + (i % 97), 0x4e00 + Math.floor(i / 97)));
    keys.forEach((k, i) => expect(t.getOrAdd(k)).toBe(i));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.getOrAdd(keys[17])).toBe(17);
    expect(t.size).toBe(5000);
    expect(t.get(bigramKey(0x41, 0x42))).toBe(-1);
    expect(bigramKey(0xffff, 0xffff)).toBe(0xffffffff); // unsigned, never negative
  });

  it('PairTable: (parent, unit) pairs, parent 0 and unit 0xffff included', () => {
    const t = new PairTable(2);
    const pairs: [number, number][] = [];
    for (let a = 0; a < 300; a++) for (const b of [0, 1, 0x4e2d, 0xffff]) pairs.push([a, b]);
    pairs.forEach(([a, b], i) => expect(t.getOrAdd(a, b)).toBe(i));
    pairs.forEach(([a, b], i) => expect(t.get(a, b)).toBe(i));
    expect(t.get(300, 0)).toBe(-1);
    expect(t.get(0, 2)).toBe(-1);
    expect(t.bytes()).toBeGreaterThan(0);
  });
});

describe('PairLog', () => {
  it('keeps pairs across chunk boundaries', () => {
    const pairs = new PairLog();
    const count = (1 << 18) + 5;
    for (let i = 0; i < count; i++) pairs.push(i, ~i);
    expect(pairs.size).toBe(count);
    for (const i of [0, 1, (1 << 18) - 1, 1 << 18, count - 1]) expect([pairs.first(i), pairs.second(i)]).toEqual([i, ~i]);
  });
});
