// Compact document sets per gram: a sorted Uint32Array for rare grams, a bitset for frequent ones
// (hybrid, like roaring), with optional per-document counts packed in 2 bits each (capped at 3).
import { bitsetWords, fromSorted, type Bitset } from './bitset';

export const TF_MAX = 3;

export interface PostingStore {
  n: number;
  words: number;
  df: Uint32Array;
  /** ≥ 0: start of the gram's list in `lists`; < 0: -(k + 1) for the k-th bitset in `bits`. */
  where: Int32Array;
  lists: Uint32Array;
  bits: Uint32Array;
  /** Index (in 2-bit slots) of the gram's first count (counts in doc order), when counts are kept. */
  tfAt: Uint32Array | null;
  tf: Uint8Array | null;
}

/** Builds a store from CSR postings (docs ascending per gram; tf optional, same layout). */
export function storeFromCsr(
  n: number,
  offsets: Uint32Array,
  docs: Uint32Array,
  tf: Uint8Array | null,
): PostingStore {
  const grams = offsets.length - 1;
  const words = bitsetWords(n);
  const df = new Uint32Array(grams);
  const where = new Int32Array(grams);
  let listTotal = 0;
  let dense = 0;
  let tfTotal = 0;
  for (let g = 0; g < grams; g++) {
    const c = offsets[g + 1] - offsets[g];
    df[g] = c;
    if (c * 32 >= n && c > 64) dense++;
    else listTotal += c;
    tfTotal += (c + 3) & ~3; // each gram starts on a byte boundary
  }
  const lists = new Uint32Array(listTotal);
  const bits = new Uint32Array(dense * words);
  const tfAt = tf ? new Uint32Array(grams) : null;
  const packed = tf ? new Uint8Array(tfTotal >>> 2) : null;
  let lo = 0;
  let dk = 0;
  let nib = 0;
  for (let g = 0; g < grams; g++) {
    const a = offsets[g];
    const b = offsets[g + 1];
    const c = b - a;
    if (c * 32 >= n && c > 64) {
      where[g] = -(dk + 1);
      const base = dk * words;
      for (let i = a; i < b; i++) {
        const d = docs[i];
        bits[base + (d >>> 5)] |= 1 << (d & 31);
      }
      dk++;
    } else {
      where[g] = lo;
      lists.set(docs.subarray(a, b), lo);
      lo += c;
    }
    if (tf && tfAt && packed) {
      tfAt[g] = nib;
      for (let i = a; i < b; i++, nib++) {
        const v = Math.min(TF_MAX, tf[i]);
        packed[nib >>> 2] |= v << ((nib & 3) << 1);
      }
      nib = (nib + 3) & ~3;
    }
  }
  return { n, words, df, where, lists, bits, tfAt, tf: packed };
}

export function storeBytes(s: PostingStore): number {
  return (
    s.df.byteLength +
    s.where.byteLength +
    s.lists.byteLength +
    s.bits.byteLength +
    (s.tfAt?.byteLength ?? 0) +
    (s.tf?.byteLength ?? 0)
  );
}

/** The gram's docs as a bitset. Dense grams return a view into the store: do not modify it. */
export function gramBitset(s: PostingStore, g: number): { bits: Bitset; shared: boolean } {
  const w = s.where[g];
  if (w < 0) {
    const k = -w - 1;
    return { bits: s.bits.subarray(k * s.words, (k + 1) * s.words), shared: true };
  }
  return { bits: fromSorted(s.lists.subarray(w, w + s.df[g]), s.n), shared: false };
}

/** Sorted doc list of a sparse gram (null for dense grams). */
export function gramList(s: PostingStore, g: number): Uint32Array | null {
  const w = s.where[g];
  return w >= 0 ? s.lists.subarray(w, w + s.df[g]) : null;
}

/** out[doc] = min(cap, count) for every doc of the gram (needs counts). */
export function fillCounts(s: PostingStore, g: number, out: Uint8Array, cap: number): void {
  const tf = s.tf;
  const tfAt = s.tfAt;
  if (!tf || !tfAt) throw new Error('store has no counts');
  let nib = tfAt[g];
  const w = s.where[g];
  if (w >= 0) {
    const end = w + s.df[g];
    for (let i = w; i < end; i++, nib++) {
      const v = (tf[nib >>> 2] >>> ((nib & 3) << 1)) & 3;
      out[s.lists[i]] = v < cap ? v : cap;
    }
    return;
  }
  const base = (-w - 1) * s.words;
  const bits = s.bits;
  for (let x = 0; x < s.words; x++) {
    let word = bits[base + x];
    while (word !== 0) {
      const t = word & -word;
      const d = (x << 5) + (31 - Math.clz32(t));
      const v = (tf[nib >>> 2] >>> ((nib & 3) << 1)) & 3;
      out[d] = v < cap ? v : cap;
      nib++;
      word ^= t;
    }
  }
}
