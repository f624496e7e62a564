// Compact document sets per gram: a sorted Uint32Array for rare grams, a bitset for frequent ones
// (hybrid, like roaring), with optional per-document counts packed in 2 bits each (capped at 3).
import { bitsetWords, fromSorted, pop32 as pop32_, type Bitset } from './bitset';

// Copied to a local: hot loops must not go through module bindings.
const pop32 = pop32_;

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

/**
 * The gram's docs as a bitset. Dense grams return a view into the store: do not modify it. A
 * sparse gram's docs go into `out` (empty) when given, else into a new bitset.
 */
export function gramBitset(s: PostingStore, g: number, out?: Bitset): { bits: Bitset; shared: boolean } {
  const w = s.where[g];
  if (w < 0) {
    const k = -w - 1;
    return { bits: s.bits.subarray(k * s.words, (k + 1) * s.words), shared: true };
  }
  if (!out) return { bits: fromSorted(s.lists.subarray(w, w + s.df[g]), s.n), shared: false };
  setListBits(s, w, g, out);
  return { bits: out, shared: false };
}

/** The gram's docs written into `out` (any content, s.words words); returns out. */
export function gramDocsInto(s: PostingStore, g: number, out: Bitset): Bitset {
  const w = s.where[g];
  if (w < 0) {
    const base = (-w - 1) * s.words;
    const bits = s.bits;
    for (let x = 0; x < out.length; x++) out[x] = bits[base + x];
    return out;
  }
  out.fill(0);
  setListBits(s, w, g, out);
  return out;
}

/** Sets in `out` the docs of the sparse gram g (its list starts at w). */
function setListBits(s: PostingStore, w: number, g: number, out: Bitset): void {
  const lists = s.lists;
  for (let i = w; i < w + s.df[g]; i++) out[lists[i] >>> 5] |= 1 << (lists[i] & 31);
}

/** Whether a gram with `df` docs (of `n`) is kept as a bitset rather than a list. */
export function isDense(df: number, n: number): boolean {
  return df * 32 >= n && df > 64;
}

/**
 * Builds a PostingStore from postings added in doc order (for each gram, docs ascending), when
 * every gram's doc count is known in advance. Dense grams go into word-major bitsets first (the
 * writes for a block of 32 docs stay in a few cache lines); sparse grams straight into their
 * lists. With counts, the builder keeps them itself as it reads a doc (build.ts postRange): for
 * dense grams as 2-bit saturating counters in two word-major bit planes, for sparse grams in the
 * gram's current count slot. finish() transposes to gram-major and packs the counts.
 */
export class PostingFiller {
  readonly n: number;
  readonly words: number;
  private readonly df: Uint32Array;
  /** Column of each dense gram in the word-major arrays (−1: sparse). */
  readonly col: Int32Array;
  private readonly gramOf: Int32Array;
  readonly cols: number;
  /** Docs of dense grams, word-major: wm[(d >>> 5) * cols + col]. */
  private readonly wm: Uint32Array;
  /**
   * Counts of dense grams (with counts), word-major like wm: two bit planes of min(count, 3).
   * A doc has the gram iff one of its bits is set (then `wm` is derived at the end).
   */
  readonly lo: Uint32Array | null;
  readonly hi: Uint32Array | null;
  private readonly where: Int32Array;
  /** Next slot of each sparse gram's list; the slot of each gram's next count. */
  readonly fill: Uint32Array;
  readonly lists: Uint32Array;
  private readonly tfAt: Uint32Array | null;
  readonly nib: Uint32Array | null;
  readonly tf: Uint8Array | null;

  constructor(n: number, df: ArrayLike<number>, grams: number, withTf: boolean) {
    this.n = n;
    this.words = bitsetWords(n);
    this.df = new Uint32Array(grams);
    this.col = new Int32Array(grams);
    this.where = new Int32Array(grams);
    this.fill = new Uint32Array(grams);
    let cols = 0;
    let listTotal = 0;
    let tfTotal = 0;
    for (let g = 0; g < grams; g++) {
      const c = df[g];
      this.df[g] = c;
      if (isDense(c, n)) {
        this.col[g] = cols;
        this.where[g] = -(cols + 1);
        cols++;
      } else {
        this.col[g] = -1;
        this.where[g] = listTotal;
        this.fill[g] = listTotal;
        listTotal += c;
      }
      tfTotal += (c + 3) & ~3; // each gram starts on a byte boundary
    }
    this.cols = cols;
    this.gramOf = new Int32Array(cols);
    for (let g = 0; g < grams; g++) if (this.col[g] >= 0) this.gramOf[this.col[g]] = g;
    this.wm = new Uint32Array(withTf ? 0 : this.words * cols);
    this.lists = new Uint32Array(listTotal);
    if (withTf) {
      this.lo = new Uint32Array(this.words * cols);
      this.hi = new Uint32Array(this.words * cols);
      this.tfAt = new Uint32Array(grams);
      this.nib = new Uint32Array(grams);
      let nib = 0;
      for (let g = 0; g < grams; g++) {
        this.tfAt[g] = nib;
        this.nib[g] = nib;
        nib += (df[g] + 3) & ~3;
      }
      this.tf = new Uint8Array(tfTotal >>> 2);
    } else {
      this.lo = null;
      this.hi = null;
      this.tfAt = null;
      this.nib = null;
      this.tf = null;
    }
  }

  add(g: number, d: number): void {
    const c = this.col[g];
    if (c >= 0) this.wm[(d >>> 5) * this.cols + c] |= 1 << (d & 31);
    else this.lists[this.fill[g]++] = d;
  }

  finish(): PostingStore {
    const { words, cols, wm, lo, hi, tf, gramOf, tfAt } = this;
    const bits = new Uint32Array(cols * words);
    // Word-major (words × cols) → gram-major (cols × words), 64 grams at a time: each row read
    // is contiguous, and each gram's bitset and packed counts are written in order. Counts are
    // gathered 4 to a byte (each gram's counts start on a byte boundary).
    const B = 64;
    const at = new Uint32Array(B); // next byte of each gram's counts
    const acc = new Uint32Array(B); // bits gathered for that byte
    const accN = new Uint32Array(B); // how many counts in it
    for (let c0 = 0; c0 < cols; c0 += B) {
      const c1 = Math.min(cols, c0 + B);
      if (tf && tfAt) {
        for (let c = c0; c < c1; c++) {
          at[c - c0] = tfAt[gramOf[c]] >>> 2;
          acc[c - c0] = 0;
          accN[c - c0] = 0;
        }
      }
      for (let w = 0; w < words; w++) {
        const row = w * cols;
        for (let c = c0; c < c1; c++) {
          if (!tf || !lo || !hi) {
            bits[c * words + w] = wm[row + c];
            continue;
          }
          const l = lo[row + c];
          const h = hi[row + c];
          const m = l | h;
          if (m === 0) continue;
          bits[c * words + w] = m;
          const j = c - c0;
          let a = acc[j];
          let n = accN[j];
          let o = at[j];
          let x = m;
          while (x !== 0) {
            const b = 31 - Math.clz32(x & -x);
            x &= x - 1;
            a |= (((l >>> b) & 1) | (((h >>> b) & 1) << 1)) << (n << 1);
            if (++n === 4) {
              tf[o++] = a;
              a = 0;
              n = 0;
            }
          }
          acc[j] = a;
          accN[j] = n;
          at[j] = o;
        }
      }
      if (tf) for (let c = c0; c < c1; c++) if (accN[c - c0] > 0) tf[at[c - c0]] = acc[c - c0];
    }
    return { n: this.n, words, df: this.df, where: this.where, lists: this.lists, bits, tfAt: this.tfAt, tf: this.tf };
  }
}

/** One more occurrence in a dense gram's 2-bit saturating count (planes lo/hi, bit of the doc). */
export function bumpDense(lo: Uint32Array, hi: Uint32Array, i: number, bit: number): void {
  const l = lo[i];
  if ((l & bit) === 0)
    lo[i] = l | bit; // 0 → 1, 2 → 3
  else {
    const h = hi[i];
    if ((h & bit) === 0) {
      lo[i] = l & ~bit; // 1 → 2
      hi[i] = h | bit;
    }
  }
}

/** One more occurrence of a sparse gram in doc d: the doc on first sight, else its count. */
export function bumpSparse(f: PostingFiller, g: number, d: number, seen: Int32Array): void {
  const nib = f.nib as Uint32Array;
  const tf = f.tf as Uint8Array;
  if (seen[g] !== d) {
    seen[g] = d;
    f.lists[f.fill[g]++] = d;
    const k = nib[g]++;
    tf[k >>> 2] |= 1 << ((k & 3) << 1);
  } else {
    const k = nib[g] - 1;
    const sh = (k & 3) << 1;
    if (((tf[k >>> 2] >>> sh) & 3) < 3) tf[k >>> 2] += 1 << sh;
  }
}

/**
 * For the docs of the gram that are in `mask`: out[doc] = min(cap, count) (min = false), or
 * out[doc] = min(out[doc], count) (min = true). Needs counts.
 */
export function countsIn(s: PostingStore, g: number, out: Uint8Array, cap: number, mask: Uint32Array, min: boolean): void {
  if (!s.tf || !s.tfAt) throw new Error('store has no counts');
  if (s.where[g] >= 0) countsInList(s, g, out, cap, mask, min);
  else countsInBits(s, g, out, cap, mask, min);
}

/** countsIn for a sparse gram: its doc list, counts in list order. */
function countsInList(s: PostingStore, g: number, out: Uint8Array, cap: number, mask: Uint32Array, min: boolean): void {
  const tf = s.tf as Uint8Array;
  let nib = (s.tfAt as Uint32Array)[g];
  const w = s.where[g];
  const end = w + s.df[g];
  const lists = s.lists;
  for (let i = w; i < end; i++, nib++) {
    const d = lists[i];
    if ((mask[d >>> 5] & (1 << (d & 31))) === 0) continue;
    let v = (tf[nib >>> 2] >>> ((nib & 3) << 1)) & 3;
    if (v > cap) v = cap;
    if (!min || v < out[d]) out[d] = v;
  }
}

/** countsIn for a dense gram: its bitset, counts in doc order (a word's docs take pop32(word) counts). */
function countsInBits(s: PostingStore, g: number, out: Uint8Array, cap: number, mask: Uint32Array, min: boolean): void {
  const tf = s.tf as Uint8Array;
  let nib = (s.tfAt as Uint32Array)[g];
  const base = (-s.where[g] - 1) * s.words;
  const bits = s.bits;
  for (let x = 0; x < s.words; x++) {
    const word = bits[base + x];
    if (word === 0) continue;
    let sel = word & mask[x];
    if (sel !== 0) {
      if (sel === word) {
        // Every doc of the word: counts in order.
        let k = nib;
        while (sel !== 0) {
          const t = sel & -sel;
          sel ^= t;
          const d = (x << 5) + (31 - Math.clz32(t));
          let v = (tf[k >>> 2] >>> ((k & 3) << 1)) & 3;
          k++;
          if (v > cap) v = cap;
          if (!min || v < out[d]) out[d] = v;
        }
      } else {
        while (sel !== 0) {
          const t = sel & -sel;
          sel ^= t;
          const k = nib + pop32(word & (t - 1));
          const d = (x << 5) + (31 - Math.clz32(t));
          let v = (tf[k >>> 2] >>> ((k & 3) << 1)) & 3;
          if (v > cap) v = cap;
          if (!min || v < out[d]) out[d] = v;
        }
      }
    }
    nib += pop32(word);
  }
}
