// The long-phrase machinery's data, packed from the logs of a level pass: the repeats (every
// occurrence of an n-gram that occurs more than once in a doc, with its position and neighbouring
// units) and the repeated trigrams (per trigram, the docs where it occurs twice, or three times).
import { emptyBitset, type Bitset } from '../structures/bitset';
import type { RowLog } from '../structures/row-log';
import { SEP as SEP_, type Units } from './corpus';
import type { RepeatedTrigrams, Repeats } from './types';

const SEP = SEP_;

/** Groups the repeat log by n-gram (doc and position order kept) into the Repeats layout. */
export function packRepeats(log: RowLog, grams: number, n: number, s: Units): Repeats {
  const size = log.size;
  const X = new Int32Array(size);
  const D = new Int32Array(size);
  const P = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    X[i] = log.get(0, i);
    D[i] = log.get(1, i);
    P[i] = log.get(2, i);
  }
  const start = s.start;
  const units = s.units;
  let long: Bitset | null = null;
  // Stable counting sort of the log by n-gram (a doc's entries of several n-grams interleave);
  // docs too long for 16-bit positions are left out.
  const occAt = new Uint32Array(grams + 1);
  for (let i = 0; i < size; i++) {
    const d = D[i];
    if (start[d + 1] - start[d] > 0xffff) {
      long = long ?? emptyBitset(start.length - 1);
      long[d >>> 5] |= 1 << (d & 31);
      continue;
    }
    occAt[X[i] + 1]++;
  }
  for (let x = 0; x < grams; x++) occAt[x + 1] += occAt[x];
  const occs = occAt[grams];
  const order = new Uint32Array(occs);
  const fill = occAt.slice(0, grams);
  for (let i = 0; i < size; i++) {
    const d = D[i];
    if (long && (long[d >>> 5] & (1 << (d & 31))) !== 0) continue;
    order[fill[X[i]]++] = i;
  }
  // Pairs: runs of equal doc within an n-gram's entries.
  const pairAt = new Uint32Array(grams + 1);
  for (let x = 0; x < grams; x++) {
    let pairs = 0;
    for (let o = occAt[x]; o < occAt[x + 1]; o++) if (o === occAt[x] || D[order[o]] !== D[order[o - 1]]) pairs++;
    pairAt[x + 1] = pairAt[x] + pairs;
  }
  const pairs = pairAt[grams];
  const doc = new Uint32Array(pairs);
  const at = new Uint32Array(pairs + 1);
  const pos = new Uint16Array(occs);
  const left = new Uint16Array(occs);
  const right = new Uint16Array(occs);
  let k = 0;
  for (let x = 0; x < grams; x++) {
    for (let o = occAt[x]; o < occAt[x + 1]; o++) {
      const i = order[o];
      const d = D[i];
      if (o === occAt[x] || d !== D[order[o - 1]]) {
        doc[k] = d;
        at[k++] = o;
      }
      const p = P[i];
      pos[o] = p - start[d];
      left[o] = p > start[d] ? units[p - 1] : SEP;
      right[o] = units[p + n];
    }
  }
  at[pairs] = occs;
  return { n, gramAt: pairAt, doc, at, pos, left, right, long };
}

/** Groups the (n-gram, doc) log by n-gram, docs ascending. */
export function packRepeatedTrigrams(log: RowLog, grams: number): RepeatedTrigrams {
  const gramAt = new Uint32Array(grams + 1);
  for (let i = 0; i < log.size; i++) gramAt[log.get(0, i) + 1]++;
  for (let x = 0; x < grams; x++) gramAt[x + 1] += gramAt[x];
  const fill = gramAt.slice(0, grams);
  const doc = new Uint32Array(log.size);
  for (let i = 0; i < log.size; i++) {
    const b = log.get(1, i);
    doc[fill[log.get(0, i)]++] = b >= 0 ? b : (~b | 0x80000000) >>> 0;
  }
  return { gramAt, doc };
}

