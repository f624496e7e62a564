// The working arrays of a search, one set per index: allocated at the index's first search and
// reused by every later one. A typed array of a few tens of KB costs µs to allocate (and later to
// collect), more than it costs to clear, and a query of 0.1 ms used a dozen of them.
//
// One scratch per index is safe because a search is synchronous: it runs from beginSearch to
// endSearch without an await, so two searches never use the same scratch at once. Anything taken
// from it is valid until the search ends and must not be kept after (results hold none of it).
// It lives in a WeakMap keyed by the index: it goes with the index and is never saved with it.
import type { SearchIndex } from '../build/types';
import { bitsetWords, type Bitset } from '../structures/bitset';

export interface Scratch {
  n: number;
  /** Zero between searches; a search clears what it set (endSearch). Per doc: the ranking tier,
   *  the together count, and per query term its counts (tfs[i] for term i, made on demand). */
  tier: Uint16Array;
  together: Uint8Array;
  tfs: Uint8Array[];
  /** Any content: doc lists of a search (the matching docs, touched docs, tier order, a tier's
   *  docs by bound), and small count arrays grown on demand. */
  ids: Uint32Array;
  touched: Uint32Array;
  sorted: Uint32Array;
  order: Uint32Array;
  bound: Uint16Array;
  /** A term's candidate docs in one stream (stream-lookup). */
  cand: Uint32Array;
  levels: Uint32Array;
  levelFill: Uint32Array;
  perTier: Uint32Array;
  /** Facet counts per place code, per city, per district: zero between searches (read-and-cleared). */
  byCode: Int32Array;
  city: Int32Array;
  district: Int32Array;
  /** Bitsets handed out by takeBitset since the search began (bitsets[0 .. bitsetsUsed)). */
  bitsets: Bitset[];
  bitsetsUsed: number;
  /** Inside a search; still set at the next begin if a search threw, and then all is cleared. */
  busy: boolean;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function makeScratch(index: SearchIndex): Scratch {
  const n = index.n;
  const places = index.places;
  return {
    n,
    tier: new Uint16Array(n),
    together: new Uint8Array(n),
    tfs: [],
    ids: new Uint32Array(n),
    touched: new Uint32Array(n),
    sorted: new Uint32Array(n),
    order: new Uint32Array(n),
    bound: new Uint16Array(n),
    cand: new Uint32Array(n),
    levels: new Uint32Array(64),
    levelFill: new Uint32Array(64),
    perTier: new Uint32Array(64),
    byCode: new Int32Array(places.cityKeys.length * (places.districtKeys.length + 1)),
    city: new Int32Array(places.cityKeys.length),
    district: new Int32Array(places.districtKeys.length),
    bitsets: [],
    bitsetsUsed: 0,
    busy: false,
  };
}

/** Clears what must be zero between searches (after a search that threw). */
function clearAll(s: Scratch): void {
  s.tier.fill(0);
  s.together.fill(0);
  for (const tf of s.tfs) tf.fill(0);
  s.byCode.fill(0);
  s.city.fill(0);
  s.district.fill(0);
}

/** The index's scratch, for one search (until endSearch). */
export function beginSearch(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = makeScratch(index);
    scratches.set(index, s);
  } else if (s.busy) clearAll(s);
  s.busy = true;
  s.bitsetsUsed = 0;
  return s;
}

/** Ends the search: zeroes the per-doc arrays at `dirty`, the docs the ranking may have set. */
export function endSearch(s: Scratch, dirty: Uint32Array, terms: number): void {
  const { tier, together, tfs } = s;
  if (dirty.length * 8 > s.n) {
    tier.fill(0);
    together.fill(0);
    for (let t = 0; t < terms && t < tfs.length; t++) tfs[t].fill(0);
  } else {
    for (let i = 0; i < dirty.length; i++) {
      const d = dirty[i];
      tier[d] = 0;
      together[d] = 0;
    }
    for (let t = 0; t < terms && t < tfs.length; t++) {
      const tf = tfs[t];
      for (let i = 0; i < dirty.length; i++) tf[dirty[i]] = 0;
    }
  }
  s.busy = false;
}

/** The counts array of query term `i` (all zero). */
export function termTf(s: Scratch, i: number): Uint8Array {
  while (s.tfs.length <= i) s.tfs.push(new Uint8Array(s.n));
  return s.tfs[i];
}

/** The next bitset of the search (any content). */
function nextBitset(s: Scratch): Bitset {
  if (s.bitsetsUsed < s.bitsets.length) return s.bitsets[s.bitsetsUsed++];
  const b = new Uint32Array(bitsetWords(s.n));
  s.bitsets.push(b);
  s.bitsetsUsed++;
  return b;
}

/** An empty bitset over the index's docs, valid until the search ends. */
export function takeBitset(s: Scratch): Bitset {
  const b = nextBitset(s);
  b.fill(0);
  return b;
}

/** A copy of `b` (a bitset over the index's docs), valid until the search ends. */
export function copyBitset(s: Scratch, b: Bitset): Bitset {
  const out = nextBitset(s);
  out.set(b);
  return out;
}

/** A small array of at least `size` entries (any content): grown, never shrunk. */
export function sized(a: Uint32Array, size: number): Uint32Array {
  return a.length >= size ? a : new Uint32Array(Math.max(size, a.length * 2));
}
