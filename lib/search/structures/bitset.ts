// Fixed-size bitsets over doc numbers 0..n-1, as Uint32Array words.

export type Bitset = Uint32Array;

export function bitsetWords(n: number): number {
  return (n + 31) >>> 5;
}

export function emptyBitset(n: number): Bitset {
  return new Uint32Array(bitsetWords(n));
}

export function fullBitset(n: number): Bitset {
  return fillAll(new Uint32Array(bitsetWords(n)), n);
}

/** Sets docs 0..n-1 of `b` (of bitsetWords(n) words); returns b. */
export function fillAll(b: Bitset, n: number): Bitset {
  b.fill(0xffffffff);
  const rest = n & 31;
  if (rest) b[b.length - 1] = (1 << rest) - 1;
  if (n === 0) b.fill(0);
  return b;
}

export function fromSorted(ids: ArrayLike<number>, n: number): Bitset {
  const b = new Uint32Array(bitsetWords(n));
  for (let i = 0; i < ids.length; i++) {
    const d = ids[i];
    b[d >>> 5] |= 1 << (d & 31);
  }
  return b;
}

/** a &= b */
export function andInto(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i] &= b[i];
}

/** a |= b */
export function orInto(a: Bitset, b: Bitset): void {
  for (let i = 0; i < a.length; i++) a[i] |= b[i];
}

/** Set bits of a 32-bit word. */
export function pop32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function popcount(b: Bitset): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x !== 0) n += pop32(x);
  }
  return n;
}

/** The set bits in increasing order. */
export function toIds(b: Bitset, count?: number): Uint32Array {
  const out = new Uint32Array(count ?? popcount(b));
  toIdsInto(b, out);
  return out;
}

/** Writes the set bits of `b` in increasing order into `out` (long enough); returns how many. */
export function toIdsInto(b: Bitset, out: Uint32Array): number {
  let o = 0;
  for (let w = 0; w < b.length; w++) {
    let x = b[w];
    while (x !== 0) {
      const t = x & -x;
      out[o++] = (w << 5) + (31 - Math.clz32(t));
      x ^= t;
    }
  }
  return o;
}

export function isEmpty(b: Bitset): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}
