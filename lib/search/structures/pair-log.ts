// An append-only log of integer pairs, in chunks: no copying as it grows, which matters for logs
// of millions of pairs built in one pass (the exceptions of an n-gram level).
const CHUNK_BITS = 18;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class PairLog {
  private readonly firsts: Int32Array[] = [];
  private readonly seconds: Int32Array[] = [];
  size = 0;

  push(a: number, b: number): void {
    const k = this.size & MASK;
    if (k === 0) {
      this.firsts.push(new Int32Array(CHUNK));
      this.seconds.push(new Int32Array(CHUNK));
    }
    const chunk = this.size >>> CHUNK_BITS;
    this.firsts[chunk][k] = a;
    this.seconds[chunk][k] = b;
    this.size++;
  }

  first(i: number): number {
    return this.firsts[i >>> CHUNK_BITS][i & MASK];
  }

  second(i: number): number {
    return this.seconds[i >>> CHUNK_BITS][i & MASK];
  }
}
