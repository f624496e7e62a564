/**
 * Two printed columns read line by line into one paragraph (A1 B1 B2 A2 …): the pieces are split
 * into two streams, keeping their order, so that the seams inside each stream read best (a word
 * spans 转上好|几圈, 打造“红|色物业). Reported only when that beats the printed order clearly.
 */
import { joinGain, type Lexicon } from './lexicon';
import type { Para, Seg } from './text';

export type Interleave = { streams: [Seg[], Seg[]]; gain: number };

const MIN_SEGMENTS = 6;
/** How much better (in -log P) the two streams must read than the printed order. */
const MIN_GAIN = 12;

/** Best split into two order-preserving streams, by dynamic programming over (last A, last B). */
export function separateColumns(lex: Lexicon, para: Para): Interleave | undefined {
  const segs = para.segs;
  const n = segs.length;
  if (n < MIN_SEGMENTS) return undefined;
  const seam = (i: number, j: number) => joinGain(lex, segs[i].text, segs[j].text);
  const sequential = segs.slice(1).reduce((sum, _, i) => sum + seam(i, i + 1), 0);
  // best[a][b]: best score with stream A ending at a and stream B ending at b (-1: empty).
  type Cell = { score: number; prev?: [number, number] };
  const best = new Map<string, Cell>();
  const key = (a: number, b: number) => `${a},${b}`;
  best.set(key(0, -1), { score: 0 });
  for (let k = 1; k < n; k++) {
    for (const [cellKey, cell] of [...best]) {
      const [a, b] = cellKey.split(',').map(Number);
      if (Math.max(a, b) !== k - 1) continue;
      const options: [number, number, number][] = [
        [k, b, cell.score + seam(a, k)],
        [a, k, cell.score + (b < 0 ? 0 : seam(b, k))],
      ];
      for (const [na, nb, score] of options) {
        const existing = best.get(key(na, nb));
        if (!existing || score > existing.score) best.set(key(na, nb), { score, prev: [a, b] });
      }
    }
  }
  let top: [string, Cell] | undefined;
  for (const entry of best) {
    const [a, b] = entry[0].split(',').map(Number);
    if (Math.max(a, b) === n - 1 && b >= 0 && (!top || entry[1].score > top[1].score)) top = entry;
  }
  if (!top || top[1].score - sequential < MIN_GAIN) return undefined;
  const inA = new Array<boolean>(n).fill(false);
  let at: [number, number] | undefined = top[0].split(',').map(Number) as [number, number];
  while (at) {
    const [a, b]: [number, number] = at;
    const k = Math.max(a, b);
    inA[k] = k === a;
    at = best.get(key(a, b))?.prev;
  }
  inA[0] = true;
  const a = segs.filter((_, i) => inA[i]);
  const b = segs.filter((_, i) => !inA[i]);
  if (a.length < 3 || b.length < 3) return undefined;
  return { streams: [a, b], gain: top[1].score - sequential };
}
