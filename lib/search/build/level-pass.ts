// One pass over a stream for n-gram level n (the hot loop of the build): the id of the n-gram at
// every position whose two (n−1)-gram halves are frequent, each n-gram's docs as word-major
// bitset rows.
import { bitsetWords, pop32 } from '../structures/bitset';
import type { PairTable } from '../structures/hash-tables';
import type { Units } from './corpus';
import { ID16_MAX as ID16_MAX_, widen, type Ids } from './grams';

const popcount32 = pop32;
const ID16_MAX = ID16_MAX_;
/** Slots of the second-chance cache of (parent, unit) → id. */
const CACHE2 = 1 << 12;

function grow32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Per-n-gram work arrays of a level pass, grown with the table. */
export class LevelWork {
  cap: number;
  /** Ids of the two (n−1)-gram halves of each n-gram. */
  childA: Int32Array;
  childB: Int32Array;
  /** Docs of the current block of 32 that have the n-gram (a bit mask). */
  block: Int32Array;
  /** n-grams seen in the current block. */
  touched: Int32Array;
  df: Int32Array;

  constructor(cap: number) {
    this.cap = cap;
    this.childA = new Int32Array(cap);
    this.childB = new Int32Array(cap);
    this.block = new Int32Array(cap);
    this.touched = new Int32Array(cap);
    this.df = new Int32Array(cap);
  }

  grow(): void {
    const cap = this.cap * 2;
    this.childA = grow32(this.childA, cap);
    this.childB = grow32(this.childB, cap);
    this.block = grow32(this.block, cap);
    this.touched = grow32(this.touched, cap);
    this.df = grow32(this.df, cap);
    this.cap = cap;
  }
}

export interface LevelPassInput {
  stream: Units;
  docs: number;
  gramLen: number;
  /** Id + 1 of the (n−1)-gram at each position, and (by id + 1) whether it is frequent. */
  prevIds: Ids;
  prevFreq: Uint8Array;
  /** Where new n-grams are added. */
  table: PairTable;
  /** Array for the ids at each position (null: not needed — the top level). */
  ids: Ids | null;
  /** Expected row width (n-grams), and a buffer that may be reused for the rows. */
  stride: number;
  spare: Uint32Array | null;
}

export interface LevelPassResult {
  ids: Ids | null;
  /** bits[w * stride + x] is word w of n-gram x's doc set. */
  bits: Uint32Array;
  stride: number;
  work: LevelWork;
}

class LevelPass {
  ids: Ids | null;
  stride: number;
  bits: Uint32Array;
  readonly work = new LevelWork(1 << 12);
  touchedCount = 0;
  /** One-entry cache per parent: (unit | (id + 1) << 16; 0: empty — ids from 0xffff on are not cached). */
  readonly cache: Int32Array;
  /** Second chance: a small direct-mapped cache of (parent, unit) → id. */
  readonly cache2 = { parent: new Int32Array(CACHE2), unit: new Int32Array(CACHE2), id: new Int32Array(CACHE2) };

  constructor(readonly input: LevelPassInput) {
    const words = bitsetWords(input.docs);
    this.ids = input.ids;
    this.stride = Math.max(64, input.stride);
    if (input.spare && input.spare.length >= words * this.stride) {
      this.bits = input.spare;
      this.bits.fill(0, 0, words * this.stride);
    } else this.bits = new Uint32Array(words * Math.ceil(this.stride * 1.25)); // headroom: level n + 2 reuses it
    this.cache = new Int32Array(input.prevFreq.length);
  }

  /** The id of n-gram (parent a, then unit u, other half b), added to the table if new. */
  private lookup(a: number, b: number, u: number): number {
    const { table } = this.input;
    const c2 = this.cache2;
    const h = ((Math.imul(a, 0x9e3779b1) + Math.imul(u, 0x85ebca6b)) >>> 20) & (CACHE2 - 1);
    let x: number;
    if (c2.parent[h] === a && c2.unit[h] === u) x = c2.id[h];
    else {
      const size = table.size;
      x = table.getOrAdd(a - 1, u);
      c2.parent[h] = a;
      c2.unit[h] = u;
      c2.id[h] = x;
      if (x === size) {
        if (x >= this.work.cap) this.work.grow();
        this.work.childA[x] = a - 1;
        this.work.childB[x] = b - 1;
        if (this.ids && x >= ID16_MAX && !(this.ids instanceof Int32Array)) this.ids = widen(this.ids);
      }
    }
    this.cache[a] = x < 0xffff ? u | ((x + 1) << 16) : 0;
    return x;
  }

  /** The positions of doc d. */
  doc(d: number): void {
    const { stream, prevIds, prevFreq, gramLen } = this.input;
    const units = stream.units;
    const end = stream.start[d + 1];
    const bit = 1 << (d & 31);
    const cache = this.cache;
    const off = gramLen - 1;
    // Locals, re-read after a table miss (which may widen the ids or grow the work arrays).
    let ids = this.ids;
    let { block, touched } = this.work;
    let a = prevIds[stream.start[d]];
    for (let p = stream.start[d]; p < end; p++) {
      const b = prevIds[p + 1];
      // Both halves frequent (prevFreq[0] = 0: no (n−1)-gram here).
      if (prevFreq[a] === 0 || prevFreq[b] === 0) {
        if (ids) ids[p] = 0;
        a = b;
        continue;
      }
      const u = units[p + off];
      const cached = cache[a];
      let x: number;
      if ((cached & 0xffff) === u) x = (cached >>> 16) - 1;
      else {
        x = this.lookup(a, b, u);
        ids = this.ids;
        ({ block, touched } = this.work);
      }
      a = b;
      if (ids) ids[p] = x + 1;
      // The block mask tells whether x occurred before in this doc.
      const v = block[x];
      if ((v & bit) === 0) {
        if (v === 0) touched[this.touchedCount++] = x;
        block[x] = v | bit;
      }
    }
  }

  /** After the last doc of a block of 32 (d): widens the rows if the table outgrew them, writes the block. */
  endBlock(d: number): void {
    const words = bitsetWords(this.input.docs);
    const size = this.input.table.size;
    if (size > this.stride) {
      // Wider rows: move the blocks written so far (in place if the buffer has room).
      const stride = this.stride;
      let wider = stride;
      while (wider < size) wider = Math.ceil(wider * 1.5);
      const done = d >>> 5;
      if (this.bits.length >= words * wider) {
        const bits = this.bits;
        for (let w = done - 1; w >= 0; w--) {
          bits.copyWithin(w * wider, w * stride, (w + 1) * stride);
          bits.fill(0, w * wider + stride, (w + 1) * wider);
        }
        bits.fill(0, done * wider, words * wider); // (a reused buffer may hold old rows there)
      } else {
        const nb = new Uint32Array(words * Math.ceil(wider * 1.25));
        for (let w = 0; w < done; w++) nb.set(this.bits.subarray(w * stride, (w + 1) * stride), w * wider);
        this.bits = nb;
      }
      this.stride = wider;
    }
    const base = (d >>> 5) * this.stride;
    const { df, touched, block } = this.work;
    for (let i = 0; i < this.touchedCount; i++) {
      const x = touched[i];
      const m = block[x];
      this.bits[base + x] = m;
      df[x] += popcount32(m);
      block[x] = 0;
    }
    this.touchedCount = 0;
  }
}

export function levelPass(input: LevelPassInput): LevelPassResult {
  const pass = new LevelPass(input);
  for (let d = 0; d < input.docs; d++) {
    pass.doc(d);
    if ((d & 31) === 31 || d === input.docs - 1) pass.endBlock(d);
  }
  if (pass.ids) pass.ids[input.stream.len] = 0;
  return { ids: pass.ids, bits: pass.bits, stride: pass.stride, work: pass.work };
}
