// The n-gram levels of a stream. Level n holds every n-gram whose two (n−1)-gram halves are both
// frequent, with its exceptions: the few docs that have both halves but not the n-gram itself.
// The docs of such an n-gram are then (docs of prefix ∩ docs of suffix) minus its exceptions —
// exact, by set operations only, however many docs match.
import { bitsetWords } from '../structures/bitset';
import { PairTable } from '../structures/hash-tables';
import type { PostingStore } from '../structures/postings';
import { PairLog } from '../structures/pair-log';
import type { Units } from './corpus';
import type { Ids } from './grams';
import { levelPass, type LevelPassResult } from './level-pass';
import type { Level, Stream } from './types';

/** Cap on the bitset rows of one n-gram level (bytes): a level that needs more is not built. */
const LEVEL_BYTES = 512 * 1024 * 1024;

/** Level n − 1 as the input of level n. */
interface LevelInput {
  /** Id + 1 of the (n−1)-gram starting at each position (0: none). */
  ids: Ids;
  /** Column of each frequent (n−1)-gram id in `bits` (−1: not frequent). */
  col: Int32Array;
  cols: number;
  /** Doc bitsets, word-major: bits[w * cols + col] is word w of that n-gram's doc set. */
  bits: Uint32Array;
  /** How many n-grams are frequent; how many there are. */
  frequent: number;
  grams: number;
}

/** Word-major doc bitsets of the grams of a store that have a column. */
function wordMajor(s: PostingStore, col: Int32Array, cols: number): Uint32Array {
  const words = s.words;
  const bits = new Uint32Array(words * cols);
  for (let g = 0; g < col.length; g++) {
    const c = col[g];
    if (c < 0) continue;
    const w = s.where[g];
    if (w < 0) {
      const base = (-w - 1) * words;
      for (let x = 0; x < words; x++) bits[x * cols + c] = s.bits[base + x];
    } else {
      const end = w + s.df[g];
      for (let i = w; i < end; i++) {
        const d = s.lists[i];
        bits[(d >>> 5) * cols + c] |= 1 << (d & 31);
      }
    }
  }
  return bits;
}

/**
 * Exceptions of each n-gram, grouped by n-gram: docs with both halves but not the n-gram.
 * Word-major, so each step reads two short rows that stay in cache.
 */
function exceptions(
  prev: LevelInput,
  pass: LevelPassResult,
  grams: number,
  words: number,
): { offsets: Uint32Array; docs: Uint32Array } {
  const colA = new Int32Array(grams);
  const colB = new Int32Array(grams);
  for (let x = 0; x < grams; x++) {
    colA[x] = prev.col[pass.work.childA[x]];
    colB[x] = prev.col[pass.work.childB[x]];
  }
  const exc = new PairLog();
  const { bits, stride } = pass;
  for (let w = 0; w < words; w++) {
    const base = w * stride;
    const prevBase = w * prev.cols;
    for (let x = 0; x < grams; x++) {
      let e = prev.bits[prevBase + colA[x]] & prev.bits[prevBase + colB[x]] & ~bits[base + x];
      while (e !== 0) {
        const t = e & -e;
        exc.push(x, (w << 5) + (31 - Math.clz32(t)));
        e ^= t;
      }
    }
  }
  const offsets = new Uint32Array(grams + 1);
  for (let i = 0; i < exc.size; i++) offsets[exc.first(i) + 1]++;
  for (let x = 0; x < grams; x++) offsets[x + 1] += offsets[x];
  const fill = offsets.slice(0, grams);
  const docs = new Uint32Array(exc.size);
  for (let i = 0; i < exc.size; i++) docs[fill[exc.first(i)]++] = exc.second(i);
  return { offsets, docs };
}

interface LevelRequest {
  gramLen: number;
  /** The top level: its ids per position are not needed. */
  top: boolean;
  /** Buffers of two levels down, to reuse (every position is written; rows are cleared). */
  spareIds: Ids | null;
  spareBits: Uint32Array | null;
}

interface BuiltLevel {
  level: Level;
  next: LevelInput;
}

/** Level n from level n − 1; null when it would be too big (such terms are verified on the text). */
function buildLevel(s: Units, prev: LevelInput, frequent: number, req: LevelRequest): BuiltLevel | null {
  const docsCount = s.start.length - 1;
  const words = bitsetWords(docsCount);
  const table = new PairTable(1 << 12);
  const ids = req.top
    ? null
    : req.spareIds && req.spareIds.length === prev.ids.length
      ? req.spareIds
      : new Uint16Array(prev.ids.length);
  // Frequent flags by stored id (id + 1; 0: none).
  const prevFreq = new Uint8Array(prev.col.length + 1);
  for (let g = 0; g < prev.col.length; g++) prevFreq[g + 1] = prev.col[g] >= 0 ? 1 : 0;
  const pass = levelPass({
    stream: s,
    docs: docsCount,
    gramLen: req.gramLen,
    prevIds: prev.ids,
    prevFreq,
    table,
    ids,
    // Row stride: about as many n-grams as the level below has (its frequent ones for level 3).
    stride: Math.ceil(Math.max(req.gramLen === 3 ? prev.frequent * 1.5 : prev.grams * 1.1, 64)),
    spare: req.spareBits,
  });
  const grams = table.size;
  if (grams * words * 4 > LEVEL_BYTES) return null;
  const { offsets, docs } = exceptions(prev, pass, grams, words);
  const df = Uint32Array.from(pass.work.df.subarray(0, grams));
  const col = new Int32Array(grams);
  const freq = new Uint8Array(grams);
  let frequentCount = 0;
  for (let x = 0; x < grams; x++) {
    col[x] = df[x] >= frequent ? x : -1;
    if (col[x] >= 0) {
      frequentCount++;
      freq[x] = 1;
    }
  }
  return {
    level: { n: req.gramLen, table, df, freq, offsets, docs },
    next: {
      ids: pass.ids ?? new Uint16Array(0),
      col: frequentCount > 0 ? col : new Int32Array(0),
      cols: pass.stride,
      bits: pass.bits,
      frequent: frequentCount,
      grams,
    },
  };
}

/** Level 2 (bigrams) as the first input: word-major bitsets of the frequent bigrams. */
function bigramInput(ids: Ids, base: PostingStore, frequent: number): LevelInput {
  const grams = base.df.length;
  const col = new Int32Array(grams).fill(-1);
  let cols = 0;
  for (let b = 0; b < grams; b++) if (base.df[b] >= frequent) col[b] = cols++;
  return { ids, col: cols > 0 ? col : new Int32Array(0), cols, bits: wordMajor(base, col, cols), frequent: cols, grams };
}

export interface StreamRequest {
  /** Bigram id + 1 at each position, and the bigram doc sets the first level builds on. */
  bigramIds: Ids;
  base: PostingStore;
  frequent: number;
  maxGram: number;
}

/** The levels of one stream. */
export function buildStream(s: Units, req: StreamRequest): Stream {
  const out: Stream = { base: req.base, levels: [] };
  if (req.maxGram < 3) return out;
  let input = bigramInput(req.bigramIds, req.base, req.frequent);
  let spareIds: Ids | null = null;
  let spareBits: Uint32Array | null = null;
  for (let len = 3; len <= req.maxGram && input.col.length > 0; len++) {
    const r = buildLevel(s, input, req.frequent, {
      gramLen: len,
      top: len === req.maxGram,
      spareIds,
      spareBits,
    });
    if (!r) break;
    out.levels.push(r.level);
    // The bigram ids are not needed any more once level 3 exists: level 4 may reuse them.
    spareIds = input.ids;
    spareBits = input.bits;
    input = r.next;
  }
  return out;
}
