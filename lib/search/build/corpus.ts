// The corpus folded once into three unit arrays ("streams", build-time only): titles, summaries,
// and the rest (body, then authors and place names). Fields end in SEP, so no gram spans two.
import { docFields, type SearchDocument } from '../document';
import { fold, foldInto, wellFormed } from '../text/fold';

/** '\n' separates fields in the indexed text; never part of a folded term. */
export const SEP = 0x0a;

/** One stream: the units of every doc, doc d at start[d] .. start[d+1]−1, each field ending in SEP. */
export interface Units {
  units: Uint16Array;
  len: number;
  start: Uint32Array;
}

/** (unit, doc) for each unit that occurs non-literally in a doc's body, docs ascending. */
export interface ExceptionPairs {
  units: Int32Array;
  docs: Int32Array;
  size: number;
}

export interface Corpus {
  titleStream: Units;
  summaryStream: Units;
  restStream: Units;
  bodyExceptions: ExceptionPairs;
  titles: string[];
  summaries: string[];
  others: string[];
}

class UnitWriter {
  units: Uint16Array;
  len = 0;
  readonly start: Uint32Array;

  constructor(cap: number, n: number) {
    this.units = new Uint16Array(cap);
    this.start = new Uint32Array(n + 1);
  }

  reserve(extra: number): void {
    const need = this.len + extra;
    if (need <= this.units.length) return;
    let cap = this.units.length;
    while (cap < need) cap *= 2;
    const u = new Uint16Array(cap);
    u.set(this.units.subarray(0, this.len));
    this.units = u;
  }

  /** Appends a folded string and its SEP. */
  field(s: string): void {
    this.reserve(s.length + 1);
    const units = this.units;
    let len = this.len;
    for (let i = 0; i < s.length; i++) units[len++] = s.charCodeAt(i);
    units[len++] = SEP;
    this.len = len;
  }

  /** Folds the body straight into the stream; the units it folded non-literally go to `nonLiteral`. */
  body(text: string, nonLiteral: { units: Uint16Array; count: number }): void {
    this.reserve(text.length + 16);
    let end = foldInto(text, this.units, this.len, nonLiteral);
    while (end < 0) {
      this.reserve(2 * (this.units.length - this.len) + 64);
      end = foldInto(text, this.units, this.len, nonLiteral);
    }
    this.len = end;
  }

  done(n: number): Units {
    this.start[n] = this.len;
    // One spare unit, so that `units[p + 1]` can always be read.
    this.reserve(1);
    this.units[this.len] = SEP;
    return { units: this.units, len: this.len, start: this.start };
  }
}

/** Collects the (unit, doc) pairs of body exceptions, each once per doc. */
class ExceptionLog {
  private units: Int32Array = new Int32Array(1 << 10);
  private docs: Int32Array = new Int32Array(1 << 10);
  private size = 0;
  private readonly lastDoc = new Int32Array(0x10000).fill(-1);

  add(units: Uint16Array, count: number, d: number): void {
    for (let i = 0; i < count; i++) {
      const u = units[i];
      if (this.lastDoc[u] === d) continue;
      this.lastDoc[u] = d;
      if (this.size === this.units.length) {
        this.units = grow(this.units);
        this.docs = grow(this.docs);
      }
      this.units[this.size] = u;
      this.docs[this.size++] = d;
    }
  }

  pairs(): ExceptionPairs {
    return { units: this.units, docs: this.docs, size: this.size };
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Authors and place names of a doc, folded and joined by SEP (they repeat: each folded once). */
function foldOthers(fields: readonly string[], cache: Map<string, string>): string {
  const sep = String.fromCharCode(SEP);
  let out = '';
  for (let k = 3; k < fields.length; k++) {
    let f = cache.get(fields[k]);
    if (f === undefined) {
      f = fold(wellFormed(fields[k]));
      if (cache.size < 100_000) cache.set(fields[k], f);
    }
    if (f.length > 0) out = out.length > 0 ? out + sep + f : f;
  }
  return out;
}

export function foldCorpus(docs: readonly SearchDocument[]): Corpus {
  const n = docs.length;
  const titles: string[] = new Array(n);
  const summaries: string[] = new Array(n);
  const others: string[] = new Array(n);
  let cap = 1 << 12;
  for (const d of docs) cap += d.text.length + 32;
  const t = new UnitWriter(1 << 12, n);
  const s = new UnitWriter(1 << 12, n);
  const r = new UnitWriter(cap, n);
  const exceptions = new ExceptionLog();
  const nonLiteral = { units: new Uint16Array(1 << 10), count: 0 };
  const cache = new Map<string, string>();
  for (let d = 0; d < n; d++) {
    const fields = docFields(docs[d]);
    titles[d] = fold(wellFormed(fields[0]));
    summaries[d] = fold(wellFormed(fields[1]));
    others[d] = foldOthers(fields, cache);
    t.start[d] = t.len;
    t.field(titles[d]);
    s.start[d] = s.len;
    s.field(summaries[d]);
    // The body, then the others; the body's non-literal units are the doc's exceptions.
    r.start[d] = r.len;
    r.body(docs[d].text, nonLiteral);
    exceptions.add(nonLiteral.units, nonLiteral.count, d);
    r.field('');
    r.field(others[d]);
  }
  return {
    titleStream: t.done(n),
    summaryStream: s.done(n),
    restStream: r.done(n),
    bodyExceptions: exceptions.pairs(),
    titles,
    summaries,
    others,
  };
}
