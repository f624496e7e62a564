// A term's docs from the unigram and bigram postings: exact for 1–2 units, and for longer terms
// the docs that have all of its bigrams (a superset, narrowed by the levels and verification).
import { orInto, type Bitset } from '../structures/bitset';
import { bigramKey } from '../structures/hash-tables';
import { gramBitset, gramDocsInto, type PostingStore } from '../structures/postings';
import type { GramSets } from '../build/types';
import { takeBitset, type Scratch } from './scratch';

export function gramId(sets: GramSets, gram: string): { store: PostingStore; g: number } | null {
  if (gram.length === 1) {
    const g = gram.charCodeAt(0);
    return sets.uni.df[g] > 0 ? { store: sets.uni, g } : null;
  }
  const g = sets.table.get(bigramKey(gram.charCodeAt(0), gram.charCodeAt(1)));
  return g >= 0 && sets.bi.df[g] > 0 ? { store: sets.bi, g } : null;
}

/** Keeps the first `len` ids of `ids` (ascending) that are in the gram's set; returns how many. */
function filterIds(s: PostingStore, g: number, ids: Uint32Array, len: number): number {
  const w = s.where[g];
  let o = 0;
  if (w < 0) {
    const base = (-w - 1) * s.words;
    const bits = s.bits;
    for (let i = 0; i < len; i++) {
      const d = ids[i];
      if ((bits[base + (d >>> 5)] & (1 << (d & 31))) !== 0) ids[o++] = d;
    }
    return o;
  }
  // Merge with the sorted list.
  const lists = s.lists;
  let j = w;
  const end = w + s.df[g];
  for (let i = 0; i < len && j < end; i++) {
    const d = ids[i];
    while (j < end && lists[j] < d) j++;
    if (j < end && lists[j] === d) ids[o++] = d;
  }
  return o;
}

/** The distinct grams of `ids`, rarest first (a plain insertion sort: a term has a few bigrams). */
export function byRarity(s: PostingStore, ids: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const g = ids[i];
    if (order.includes(g)) continue;
    let j = order.length;
    order.push(g);
    while (j > 0 && s.df[order[j - 1]] > s.df[g]) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = g;
  }
  return order;
}

/** Docs with every one of the grams `ids` of a store (a scratch bitset; null: none). */
export function andOfStore(s: PostingStore, ids: number[], scratch: Scratch): Bitset | null {
  const order = byRarity(s, ids);
  if (order.length === 0 || s.df[order[0]] === 0) return null;
  const first = order[0];
  const w = s.where[first];
  if (w >= 0) {
    // The rarest gram is a list: filter its docs through the others.
    const cand = scratch.cand;
    let len = s.df[first];
    cand.set(s.lists.subarray(w, w + len));
    for (let k = 1; k < order.length && len > 0; k++) len = filterIds(s, order[k], cand, len);
    if (len === 0) return null;
    const out = takeBitset(scratch);
    for (let i = 0; i < len; i++) out[cand[i] >>> 5] |= 1 << (cand[i] & 31);
    return out;
  }
  // All dense.
  const words = s.words;
  const bits = s.bits;
  const out = gramDocsInto(s, first, takeBitset(scratch));
  for (let k = 1; k < order.length; k++) {
    const base = (-s.where[order[k]] - 1) * words;
    for (let x = 0; x < words; x++) out[x] &= bits[base + x];
  }
  return out;
}

/** Exact docs of a term of 1–2 units in a GramSets (a shared view or a scratch bitset; do not modify). */
export function shortGramDocs(sets: GramSets, term: string, scratch: Scratch): Bitset | null {
  const id = gramId(sets, term);
  if (!id) return null;
  return id.store.where[id.g] < 0 ? gramBitset(id.store, id.g).bits : gramDocsInto(id.store, id.g, takeBitset(scratch));
}

/** Docs that have one of the grams of a store (a scratch bitset; null: none). */
export function docsOfAny(store: PostingStore, grams: readonly number[], scratch: Scratch): Bitset | null {
  let out: Bitset | null = null;
  for (let k = 0; k < grams.length; k++) {
    const g = grams[k];
    if (g < 0 || store.df[g] === 0) continue;
    out = out ?? takeBitset(scratch);
    const w = store.where[g];
    if (w < 0) orInto(out, gramBitset(store, g).bits);
    else for (let i = w; i < w + store.df[g]; i++) out[store.lists[i] >>> 5] |= 1 << (store.lists[i] & 31);
  }
  return out;
}
