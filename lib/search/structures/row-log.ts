// An append-only log of integer rows (pairs or triples), in chunks: no copying as it grows, which
// matters for logs of tens of millions of rows built in one pass.
const CHUNK_BITS = 18;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class RowLog {
  /** chunks[column][k]: rows k·CHUNK .. (k+1)·CHUNK − 1 of that column. */
  private readonly chunks: Int32Array[][];
  size = 0;

  constructor(columns: 2 | 3) {
    this.chunks = Array.from({ length: columns }, () => []);
  }

  push(a: number, b: number, c = 0): void {
    const k = this.size & MASK;
    const cols = this.chunks;
    if (k === 0) for (const col of cols) col.push(new Int32Array(CHUNK));
    const chunk = this.size >>> CHUNK_BITS;
    cols[0][chunk][k] = a;
    cols[1][chunk][k] = b;
    if (cols.length > 2) cols[2][chunk][k] = c;
    this.size++;
  }

  get(column: number, i: number): number {
    return this.chunks[column][i >>> CHUNK_BITS][i & MASK];
  }

  set(column: number, i: number, v: number): void {
    this.chunks[column][i >>> CHUNK_BITS][i & MASK] = v;
  }
}
