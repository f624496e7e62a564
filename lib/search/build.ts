// Index construction. Everything is folded once into one big unit array (build-time only), then:
//   • unigram and bigram postings with counts, over all fields;
//   • "exception" postings: units and bigrams that occur NON-literally in a body;
//   • n-gram levels 3..maxGram: for every n-gram whose two (n−1)-gram halves are both frequent
//     (in ≥ `frequent` docs), the few docs that have both halves but not the n-gram itself.
//     With them, the docs of any such n-gram are (docs of prefix ∩ docs of suffix) minus that
//     list — exact, by set operations only, however many docs match;
//   • unigram and bigram doc sets of titles and of summaries (ranking tiers).
import { compareDocs, docFields, type SearchDocument } from './document';
import { fold, foldLiteral, LIT_PAIR as LIT_PAIR_, LIT_UNIT as LIT_UNIT_, wellFormed } from './fold';
import { bitsetWords, emptyBitset, type Bitset } from './bitset';
import { BigramTable, PairTable, SEP as SEP_ } from './grams';
import { storeFromCsr, type PostingStore } from './postings';
import { buildPlaceTable, districtKey, type PlaceTable } from './places';

// Imported constants copied into locals: hot loops must not go through module bindings (which
// some transpilers turn into getter calls).
const SEP = SEP_;
const LIT_UNIT = LIT_UNIT_;
const LIT_PAIR = LIT_PAIR_;

/** Unigram and bigram doc sets of a set of strings. */
export interface GramSets {
  uni: PostingStore;
  bi: PostingStore;
  table: BigramTable;
}

/** n-gram level n ≥ 3: (id of the (n−1)-gram prefix, last unit) → id; per id its exception docs. */
export interface Level {
  n: number;
  table: PairTable;
  offsets: Uint32Array;
  docs: Uint32Array;
  /**
   * Only on the level just below the top one: per n-gram, the docs where it occurs more than once.
   * Where each overlap of two consecutive top-level n-grams of a longer term occurs once, the
   * n-grams must chain up at those single places, so the term occurs (exactly once): no need to
   * read the text.
   */
  multiOffsets: Uint32Array | null;
  multiDocs: Uint32Array | null;
}

export interface BuildOptions {
  /**
   * Longest n-gram with exact doc sets (default 6). Longer terms chain these n-grams; only docs where
   * the chain is ambiguous are verified on the text.
   */
  maxGram?: number;
  /** Doc count from which an n-gram counts as frequent (default: 1000, or n/50 when smaller). */
  frequent?: number;
}

export interface SearchIndex {
  kind: 'index';
  n: number;
  /** Documents in internal order (newest first, then slug). */
  docs: SearchDocument[];
  /** Folded short fields: title, summary, and authors + place names joined by SEP. */
  titles: string[];
  summaries: string[];
  others: string[];
  /** All fields: unigram / bigram postings with counts. */
  main: GramSets;
  /** Bodies: units and bigrams that occur there non-literally (ids as in main). */
  excUni: PostingStore;
  excBi: PostingStore;
  /** levels[k] is n-gram level k + 3. */
  levels: Level[];
  frequent: number;
  /** Titles and summaries alone, for the ranking tiers. */
  title: GramSets;
  summary: GramSets;
  /** Folded title → first doc with it; sameTitle[d]: the next doc with the same title, or −1. */
  exactTitle: Map<string, number>;
  sameTitle: Int32Array;
  places: PlaceTable;
  cityKeys: string[];
  districtKeys: string[];
  cityDocs: Bitset[];
  districtDocs: Bitset[];
  docCityAt: Uint32Array;
  docCity: Uint16Array;
  docDistrictAt: Uint32Array;
  docDistrict: Uint16Array;
  buildMs: number;
  timings: Record<string, number>;
}

interface Corpus {
  units: Uint16Array;
  flags: Uint8Array;
  len: number;
  docStart: Uint32Array;
  bodyStart: Uint32Array;
  bodyEnd: Uint32Array;
  titles: string[];
  summaries: string[];
  others: string[];
}

function foldCorpus(docs: readonly SearchDocument[]): Corpus {
  const n = docs.length;
  const titles: string[] = new Array(n);
  const summaries: string[] = new Array(n);
  const others: string[] = new Array(n);
  const sep = String.fromCharCode(SEP);
  let cap = 1 << 16;
  for (const d of docs) cap += d.text.length + d.title.length + d.summary.length + 64;
  let units = new Uint16Array(cap);
  let flags = new Uint8Array(cap);
  let len = 0;
  const docStart = new Uint32Array(n + 1);
  const bodyStart = new Uint32Array(n);
  const bodyEnd = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    const doc = docs[d];
    const fields = docFields(doc);
    const t = fold(wellFormed(fields[0]));
    const s = fold(wellFormed(fields[1]));
    let o = '';
    for (let k = 3; k < fields.length; k++) {
      const f = fold(wellFormed(fields[k]));
      if (f.length > 0) o = o.length > 0 ? o + sep + f : f;
    }
    titles[d] = t;
    summaries[d] = s;
    others[d] = o;
    const body = foldLiteral(doc.text);
    const need = len + t.length + s.length + body.units.length + o.length + 4;
    if (need > cap) {
      while (need > cap) cap *= 2;
      const u = new Uint16Array(cap);
      u.set(units.subarray(0, len));
      units = u;
      const f = new Uint8Array(cap);
      f.set(flags.subarray(0, len));
      flags = f;
    }
    docStart[d] = len;
    for (let i = 0; i < t.length; i++) units[len++] = t.charCodeAt(i);
    units[len++] = SEP;
    for (let i = 0; i < s.length; i++) units[len++] = s.charCodeAt(i);
    units[len++] = SEP;
    bodyStart[d] = len;
    units.set(body.units, len);
    flags.set(body.lit, len);
    len += body.units.length;
    bodyEnd[d] = len;
    units[len++] = SEP;
    for (let i = 0; i < o.length; i++) units[len++] = o.charCodeAt(i);
    units[len++] = SEP;
  }
  docStart[n] = len;
  return { units, flags, len, docStart, bodyStart, bodyEnd, titles, summaries, others };
}

interface Csr {
  offsets: Uint32Array;
  docs: Uint32Array;
  tf: Uint8Array | null;
}

function growI32(a: Int32Array<ArrayBuffer>, need: number, fillValue: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2)).fill(fillValue);
  b.set(a);
  return b;
}

function prefixSums(count: Int32Array, grams: number): Uint32Array {
  const offsets = new Uint32Array(grams + 1);
  for (let g = 0; g < grams; g++) offsets[g + 1] = offsets[g] + count[g];
  return offsets;
}

/** Unigram, bigram and exception postings; `gid` receives the bigram id at each position (−1: none). */
function gramPasses(c: Corpus, n: number) {
  const { units, flags, docStart, bodyStart, bodyEnd, len } = c;
  const table = new BigramTable(1 << 16);
  const gid = new Int32Array(len + 1).fill(-1);
  const cntU = new Int32Array(0x10000);
  const lastU = new Int32Array(0x10000).fill(-1);
  const cntXU = new Int32Array(0x10000);
  const lastXU = new Int32Array(0x10000).fill(-1);
  let cntB = new Int32Array(1 << 16);
  let lastB = new Int32Array(1 << 16).fill(-1);
  let cntXB = new Int32Array(1 << 16);
  let lastXB = new Int32Array(1 << 16).fill(-1);
  // One-entry cache per first unit: the last bigram seen after it (most lookups hit).
  const cacheNext = new Int32Array(0x10000).fill(-1);
  const cacheId = new Int32Array(0x10000);
  for (let d = 0; d < n; d++) {
    const end = docStart[d + 1];
    const bs = bodyStart[d];
    const be = bodyEnd[d];
    for (let i = docStart[d]; i < end; i++) {
      const u = units[i];
      if (u === SEP) continue;
      if (lastU[u] !== d) {
        lastU[u] = d;
        cntU[u]++;
      }
      const inBody = i >= bs && i < be;
      if (inBody && (flags[i] & LIT_UNIT) === 0 && lastXU[u] !== d) {
        lastXU[u] = d;
        cntXU[u]++;
      }
      const v = units[i + 1];
      if (v === SEP) continue;
      let g: number;
      if (cacheNext[u] === v) g = cacheId[u];
      else {
        g = table.getOrAdd(((u << 16) | v) >>> 0);
        cacheNext[u] = v;
        cacheId[u] = g;
      }
      gid[i] = g;
      if (g >= cntB.length) {
        cntB = growI32(cntB, g + 1, 0);
        lastB = growI32(lastB, g + 1, -1);
        cntXB = growI32(cntXB, g + 1, 0);
        lastXB = growI32(lastXB, g + 1, -1);
      }
      if (lastB[g] !== d) {
        lastB[g] = d;
        cntB[g]++;
      }
      if (inBody && (flags[i + 1] & LIT_PAIR) === 0 && lastXB[g] !== d) {
        lastXB[g] = d;
        cntXB[g]++;
      }
    }
  }
  const grams = table.size;
  const offU = prefixSums(cntU, 0x10000);
  const offB = prefixSums(cntB, grams);
  const offXU = prefixSums(cntXU, 0x10000);
  const offXB = prefixSums(cntXB, grams);
  const docsU = new Uint32Array(offU[0x10000]);
  const tfU = new Uint8Array(offU[0x10000]);
  const docsB = new Uint32Array(offB[grams]);
  const tfB = new Uint8Array(offB[grams]);
  const docsXU = new Uint32Array(offXU[0x10000]);
  const docsXB = new Uint32Array(offXB[grams]);
  const fillU = offU.slice(0, 0x10000);
  const fillB = offB.slice(0, grams);
  const fillXU = offXU.slice(0, 0x10000);
  const fillXB = offXB.slice(0, grams);
  lastU.fill(-1);
  lastB.fill(-1);
  lastXU.fill(-1);
  lastXB.fill(-1);
  for (let d = 0; d < n; d++) {
    const end = docStart[d + 1];
    const bs = bodyStart[d];
    const be = bodyEnd[d];
    for (let i = docStart[d]; i < end; i++) {
      const u = units[i];
      if (u === SEP) continue;
      if (lastU[u] !== d) {
        lastU[u] = d;
        const slot = fillU[u]++;
        docsU[slot] = d;
        tfU[slot] = 1;
      } else {
        const slot = fillU[u] - 1;
        if (tfU[slot] < 255) tfU[slot]++;
      }
      const inBody = i >= bs && i < be;
      if (inBody && (flags[i] & LIT_UNIT) === 0 && lastXU[u] !== d) {
        lastXU[u] = d;
        docsXU[fillXU[u]++] = d;
      }
      const g = gid[i];
      if (g < 0) continue;
      if (lastB[g] !== d) {
        lastB[g] = d;
        const slot = fillB[g]++;
        docsB[slot] = d;
        tfB[slot] = 1;
      } else {
        const slot = fillB[g] - 1;
        if (tfB[slot] < 255) tfB[slot]++;
      }
      if (inBody && (flags[i + 1] & LIT_PAIR) === 0 && lastXB[g] !== d) {
        lastXB[g] = d;
        docsXB[fillXB[g]++] = d;
      }
    }
  }
  return {
    table,
    gid,
    uni: { offsets: offU, docs: docsU, tf: tfU } as Csr,
    bi: { offsets: offB, docs: docsB, tf: tfB } as Csr,
    excUni: { offsets: offXU, docs: docsXU, tf: null } as Csr,
    excBi: { offsets: offXB, docs: docsXB, tf: null } as Csr,
  };
}

/** Cap on the bitset rows of one n-gram level (bytes): a level that needs more is not built. */
const LEVEL_BYTES = 512 * 1024 * 1024;

interface LevelInput {
  /** Id of the (n−1)-gram starting at each position (−1: none). */
  ids: Int32Array;
  /** Column of each frequent (n−1)-gram id in `bits` (−1: not frequent). */
  col: Int32Array;
  cols: number;
  /** Doc bitsets, word-major: bits[w * cols + col] is word w of that n-gram's doc set. */
  bits: Uint32Array;
}

/** Ids of level-n n-grams at every position whose two halves are frequent (hot loop). */
function assignLevelIds(
  units: Uint16Array,
  len: number,
  gramLen: number,
  prevIds: Int32Array,
  freq: Uint8Array,
  table: PairTable,
  ids: Int32Array,
): { a: Int32Array; b: Int32Array } {
  const parents = freq.length;
  // One-entry cache per parent (its last child): small enough to stay in cache.
  const cacheUnit = new Int32Array(parents).fill(-1);
  const cacheId = new Int32Array(parents);
  let childA = new Int32Array(1 << 12);
  let childB = new Int32Array(1 << 12);
  for (let p = 0; p < len; p++) {
    const a = prevIds[p];
    const b = prevIds[p + 1];
    if (a < 0 || b < 0 || freq[a] === 0 || freq[b] === 0) {
      ids[p] = -1;
      continue;
    }
    const u = units[p + gramLen - 1];
    let x: number;
    if (cacheUnit[a] === u) x = cacheId[a];
    else {
      const size = table.size;
      x = table.getOrAdd(a, u);
      cacheUnit[a] = u;
      cacheId[a] = x;
      if (x === size) {
        if (x >= childA.length) {
          const na = new Int32Array(childA.length * 2);
          na.set(childA);
          childA = na;
          const nb = new Int32Array(childB.length * 2);
          nb.set(childB);
          childB = nb;
        }
        childA[x] = a;
        childB[x] = b;
      }
    }
    ids[p] = x;
  }
  return { a: childA, b: childB };
}

/**
 * Doc bitsets of the level's n-grams (word-major), gathered per block of 32 docs; with
 * `multi`, also the (n-gram, doc) pairs where the n-gram occurs more than once, as CSR.
 */
function fillLevelRows(
  docStart: Uint32Array,
  docsCount: number,
  ids: Int32Array,
  grams: number,
  bits: Uint32Array,
  multi: boolean,
): { offsets: Uint32Array; docs: Uint32Array } | null {
  const block = new Int32Array(grams);
  const touched = new Int32Array(grams);
  let nTouched = 0;
  const seenIn = multi ? new Int32Array(grams).fill(-1) : null;
  const multiIn = multi ? new Int32Array(grams).fill(-1) : null;
  let pairX = new Int32Array(multi ? 1 << 16 : 0);
  let pairD = new Int32Array(multi ? 1 << 16 : 0);
  let pairs = 0;
  for (let d = 0; d < docsCount; d++) {
    const end = docStart[d + 1];
    const bit = 1 << (d & 31);
    for (let p = docStart[d]; p < end; p++) {
      const x = ids[p];
      if (x < 0) continue;
      const v = block[x];
      if (v === 0) touched[nTouched++] = x;
      block[x] = v | bit;
      if (seenIn && multiIn) {
        if (seenIn[x] !== d) seenIn[x] = d;
        else if (multiIn[x] !== d) {
          multiIn[x] = d;
          if (pairs === pairX.length) {
            const nx = new Int32Array(pairs * 2);
            nx.set(pairX);
            pairX = nx;
            const nd = new Int32Array(pairs * 2);
            nd.set(pairD);
            pairD = nd;
          }
          pairX[pairs] = x;
          pairD[pairs++] = d;
        }
      }
    }
    if ((d & 31) === 31 || d === docsCount - 1) {
      const base = (d >>> 5) * grams;
      for (let i = 0; i < nTouched; i++) {
        const x = touched[i];
        bits[base + x] = block[x];
        block[x] = 0;
      }
      nTouched = 0;
    }
  }
  if (!multi) return null;
  const offsets = new Uint32Array(grams + 1);
  for (let i = 0; i < pairs; i++) offsets[pairX[i] + 1]++;
  for (let x = 0; x < grams; x++) offsets[x + 1] += offsets[x];
  const fill = offsets.slice(0, grams);
  const docs = new Uint32Array(pairs);
  for (let i = 0; i < pairs; i++) docs[fill[pairX[i]]++] = pairD[i]; // docs stay ascending
  return { offsets, docs };
}

/**
 * Level n (n-grams of length `gramLen`) from level n−1. Returns null when the level would be too
 * big (the engine then verifies such terms on the text instead).
 */
function buildLevel(
  c: Corpus,
  docsCount: number,
  gramLen: number,
  prev: LevelInput,
  frequent: number,
  withMulti: boolean,
  spare: Int32Array | null,
): { level: Level; next: LevelInput } | null {
  const { units, docStart } = c;
  const words = bitsetWords(docsCount);
  const parents = prev.col.length;
  const freq = new Uint8Array(parents);
  for (let g = 0; g < parents; g++) freq[g] = prev.col[g] >= 0 ? 1 : 0;
  const table = new PairTable(1 << 12);
  // Reuse the buffer of two levels down (every position is written).
  const ids = spare && spare.length === prev.ids.length ? spare : new Int32Array(prev.ids.length);
  ids[prev.ids.length - 1] = -1;
  const children = assignLevelIds(units, c.len, gramLen, prev.ids, freq, table, ids);
  const grams = table.size;
  if (grams * words * 4 > LEVEL_BYTES) return null;
  const bits = new Uint32Array(grams * words);
  const multi = fillLevelRows(docStart, docsCount, ids, grams, bits, withMulti);
  const colA = new Int32Array(grams);
  const colB = new Int32Array(grams);
  for (let x = 0; x < grams; x++) {
    colA[x] = prev.col[children.a[x]];
    colB[x] = prev.col[children.b[x]];
  }
  // Exceptions of each n-gram: docs with both halves but not the n-gram; doc counts for the next
  // level. Word-major, so each step reads two short rows that stay in cache.
  const df = new Int32Array(grams);
  let pairX = new Int32Array(1 << 12);
  let pairD = new Int32Array(1 << 12);
  let pairs = 0;
  const prevBits = prev.bits;
  const prevCols = prev.cols;
  for (let w = 0; w < words; w++) {
    const base = w * grams;
    const prevBase = w * prevCols;
    for (let x = 0; x < grams; x++) {
      const rx = bits[base + x];
      if (rx !== 0) df[x] += popcount32(rx);
      let e = prevBits[prevBase + colA[x]] & prevBits[prevBase + colB[x]] & ~rx;
      while (e !== 0) {
        const t = e & -e;
        if (pairs === pairX.length) {
          const nx = new Int32Array(pairs * 2);
          nx.set(pairX);
          pairX = nx;
          const nd = new Int32Array(pairs * 2);
          nd.set(pairD);
          pairD = nd;
        }
        pairX[pairs] = x;
        pairD[pairs++] = (w << 5) + (31 - Math.clz32(t));
        e ^= t;
      }
    }
  }
  const offsets = new Uint32Array(grams + 1);
  for (let i = 0; i < pairs; i++) offsets[pairX[i] + 1]++;
  for (let x = 0; x < grams; x++) offsets[x + 1] += offsets[x];
  const fill = offsets.slice(0, grams);
  const eDocs = new Uint32Array(pairs);
  for (let i = 0; i < pairs; i++) eDocs[fill[pairX[i]]++] = pairD[i];
  const col = new Int32Array(grams);
  let frequentCount = 0;
  for (let x = 0; x < grams; x++) {
    col[x] = df[x] >= frequent ? x : -1;
    if (col[x] >= 0) frequentCount++;
  }
  return {
    level: {
      n: gramLen,
      table,
      offsets,
      docs: eDocs,
      multiOffsets: multi?.offsets ?? null,
      multiDocs: multi?.docs ?? null,
    },
    next: { ids, col: frequentCount > 0 ? col : new Int32Array(0), cols: grams, bits },
  };
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function gramSetsOf(n: number, strings: readonly string[]): GramSets {
  const table = new BigramTable(1 << 12);
  const cntU = new Int32Array(0x10000);
  const lastU = new Int32Array(0x10000).fill(-1);
  let cntB = new Int32Array(1 << 12);
  let lastB = new Int32Array(1 << 12).fill(-1);
  for (let d = 0; d < n; d++) {
    const s = strings[d];
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (u === SEP) continue;
      if (lastU[u] !== d) {
        lastU[u] = d;
        cntU[u]++;
      }
      if (i + 1 < s.length && s.charCodeAt(i + 1) !== SEP) {
        const g = table.getOrAdd(((u << 16) | s.charCodeAt(i + 1)) >>> 0);
        if (g >= cntB.length) {
          cntB = growI32(cntB, g + 1, 0);
          lastB = growI32(lastB, g + 1, -1);
        }
        if (lastB[g] !== d) {
          lastB[g] = d;
          cntB[g]++;
        }
      }
    }
  }
  const offU = prefixSums(cntU, 0x10000);
  const offB = prefixSums(cntB, table.size);
  const docsU = new Uint32Array(offU[0x10000]);
  const docsB = new Uint32Array(offB[table.size]);
  const fillU = offU.slice(0, 0x10000);
  const fillB = offB.slice(0, table.size);
  lastU.fill(-1);
  lastB.fill(-1);
  for (let d = 0; d < n; d++) {
    const s = strings[d];
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (u === SEP) continue;
      if (lastU[u] !== d) {
        lastU[u] = d;
        docsU[fillU[u]++] = d;
      }
      if (i + 1 < s.length && s.charCodeAt(i + 1) !== SEP) {
        const g = table.get(((u << 16) | s.charCodeAt(i + 1)) >>> 0);
        if (lastB[g] !== d) {
          lastB[g] = d;
          docsB[fillB[g]++] = d;
        }
      }
    }
  }
  return { uni: storeFromCsr(n, offU, docsU, null), bi: storeFromCsr(n, offB, docsB, null), table };
}

export function buildSearchIndex(input: readonly SearchDocument[], options: BuildOptions = {}): SearchIndex {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  let tick = t0;
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - tick;
    tick = now;
  };
  // Texts are used as given: lone surrogates fold to nothing and cannot match a folded term.
  const docs = [...input].sort(compareDocs);
  const n = docs.length;
  const maxGram = Math.max(2, Math.floor(options.maxGram ?? 6));
  const frequent = Math.max(1, Math.floor(options.frequent ?? Math.min(1000, Math.ceil(n / 50))));

  const corpus = foldCorpus(docs);
  lap('fold');
  const g = gramPasses(corpus, n);
  lap('grams');
  const levels: Level[] = [];
  if (maxGram >= 3) {
    // Level 2 (bigrams) as the first input: word-major bitsets of the frequent bigrams.
    const grams2 = g.bi.offsets.length - 1;
    const col = new Int32Array(grams2).fill(-1);
    let cols = 0;
    for (let b = 0; b < grams2; b++) if (g.bi.offsets[b + 1] - g.bi.offsets[b] >= frequent) col[b] = cols++;
    const words = bitsetWords(n);
    const bits = new Uint32Array(words * cols);
    for (let b = 0; b < grams2; b++) {
      const c = col[b];
      if (c < 0) continue;
      for (let i = g.bi.offsets[b]; i < g.bi.offsets[b + 1]; i++) {
        const d = g.bi.docs[i];
        bits[(d >>> 5) * cols + c] |= 1 << (d & 31);
      }
    }
    let input: LevelInput = { ids: g.gid, col, cols, bits };
    let spare: Int32Array | null = null;
    for (let len = 3; len <= maxGram && input.col.length > 0; len++) {
      const r = buildLevel(corpus, n, len, input, frequent, len === maxGram - 1, len > 3 ? spare : null);
      if (!r) break;
      levels.push(r.level);
      spare = input.ids;
      input = r.next;
    }
  }
  lap('levels');
  const main: GramSets = {
    uni: storeFromCsr(n, g.uni.offsets, g.uni.docs, g.uni.tf),
    bi: storeFromCsr(n, g.bi.offsets, g.bi.docs, g.bi.tf),
    table: g.table,
  };
  const excUni = storeFromCsr(n, g.excUni.offsets, g.excUni.docs, null);
  const excBi = storeFromCsr(n, g.excBi.offsets, g.excBi.docs, null);
  lap('stores');
  const title = gramSetsOf(n, corpus.titles);
  const summary = gramSetsOf(n, corpus.summaries);
  const exactTitle = new Map<string, number>();
  const sameTitle = new Int32Array(n);
  for (let d = n - 1; d >= 0; d--) {
    sameTitle[d] = exactTitle.get(corpus.titles[d]) ?? -1;
    exactTitle.set(corpus.titles[d], d);
  }
  lap('tiers');

  const places = buildPlaceTable(docs);
  const cityKeys = [...places.cities.keys()];
  const districtKeys = [...places.districts.keys()];
  const cityIdx = new Map(cityKeys.map((k, i) => [k, i]));
  const districtIdx = new Map(districtKeys.map((k, i) => [k, i]));
  const cityDocs = cityKeys.map(() => emptyBitset(n));
  const districtDocs = districtKeys.map(() => emptyBitset(n));
  const docCityAt = new Uint32Array(n + 1);
  const docDistrictAt = new Uint32Array(n + 1);
  const dc: number[] = [];
  const dd: number[] = [];
  for (let d = 0; d < n; d++) {
    docCityAt[d] = dc.length;
    docDistrictAt[d] = dd.length;
    for (const p of docs[d].places) {
      const ci = cityIdx.get(p.citySlug) as number;
      if (!dc.includes(ci, docCityAt[d])) dc.push(ci);
      cityDocs[ci][d >>> 5] |= 1 << (d & 31);
      if (p.districtSlug) {
        const k = districtIdx.get(districtKey(p.citySlug, p.districtSlug)) as number;
        if (!dd.includes(k, docDistrictAt[d])) dd.push(k);
        districtDocs[k][d >>> 5] |= 1 << (d & 31);
      }
    }
  }
  docCityAt[n] = dc.length;
  docDistrictAt[n] = dd.length;
  lap('places');

  return {
    kind: 'index',
    n,
    docs,
    titles: corpus.titles,
    summaries: corpus.summaries,
    others: corpus.others,
    main,
    excUni,
    excBi,
    levels,
    frequent,
    title,
    summary,
    exactTitle,
    sameTitle,
    places,
    cityKeys,
    districtKeys,
    cityDocs,
    districtDocs,
    docCityAt,
    docCity: Uint16Array.from(dc),
    docDistrictAt,
    docDistrict: Uint16Array.from(dd),
    buildMs: performance.now() - t0,
    timings,
  };
}
