// Open-addressing hash tables from gram keys to dense ids (0, 1, 2… in insertion order). Folded
// text is well-formed UTF-16, so a bigram is a pair of units (an astral character included).

/** Open-addressing hash table from a 32-bit bigram key (u1 << 16 | u2, never 0) to a dense id. */
export class BigramTable {
  private keys: Uint32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    const keys = this.keys;
    while (keys[h] !== 0 && keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }

  get(key: number): number {
    const h = this.slot(key);
    return this.keys[h] === key ? this.ids[h] : -1;
  }

  getOrAdd(key: number): number {
    const h = this.slot(key);
    if (this.keys[h] === key) return this.ids[h];
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      return this.getOrAdd(key);
    }
    this.keys[h] = key;
    this.ids[h] = this.size;
    return this.size++;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.ids = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] !== 0) {
        const h = this.slot(oldKeys[i]);
        this.keys[h] = oldKeys[i];
        this.ids[h] = oldIds[i];
      }
    }
  }

  bytes(): number {
    return this.keys.byteLength + this.ids.byteLength;
  }
}

export function bigramKey(a: number, b: number): number {
  return ((a << 16) | b) >>> 0;
}

/** Open-addressing hash table from a pair (parent id ≥ 0, unit) to a dense id: n-gram levels ≥ 3. */
export class PairTable {
  private ka: Uint32Array; // parent + 1 (0 = empty slot)
  private kb: Uint16Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.ka = new Uint32Array(cap);
    this.kb = new Uint16Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(a1: number, b: number): number {
    let h = (Math.imul(a1, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.ka[h] !== 0 && (this.ka[h] !== a1 || this.kb[h] !== b)) h = (h + 1) & this.mask;
    return h;
  }

  get(a: number, b: number): number {
    const h = this.slot(a + 1, b);
    return this.ka[h] !== 0 ? this.ids[h] : -1;
  }

  getOrAdd(a: number, b: number): number {
    const h = this.slot(a + 1, b);
    if (this.ka[h] !== 0) return this.ids[h];
    if ((this.size + 1) * 2 > this.ka.length) {
      this.grow();
      return this.getOrAdd(a, b);
    }
    this.ka[h] = a + 1;
    this.kb[h] = b;
    this.ids[h] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { ka, kb, ids } = this;
    this.ka = new Uint32Array(ka.length * 2);
    this.kb = new Uint16Array(ka.length * 2);
    this.ids = new Int32Array(ka.length * 2);
    this.mask = this.ka.length - 1;
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== 0) {
        const h = this.slot(ka[i], kb[i]);
        this.ka[h] = ka[i];
        this.kb[h] = kb[i];
        this.ids[h] = ids[i];
      }
    }
  }

  bytes(): number {
    return this.ka.byteLength + this.kb.byteLength + this.ids.byteLength;
  }
}
