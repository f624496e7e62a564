// A term's docs in one stream from its n-gram levels: climbing level by level while the term's
// pieces are frequent, the docs of all its bigrams minus the levels' exceptions. Exact when the
// climb reaches the term's length; else a superset to verify on the text.
import type { SearchIndex, Stream } from '../build/types';
import type { Bitset } from '../structures/bitset';
import { bigramKey } from '../structures/hash-tables';
import { andOfStore } from './gram-docs';
import type { Scratch } from './scratch';

/** A term's docs in one stream, from its levels. */
export interface Lookup {
  /** Docs that may have the term (exactly those when `exact`); null: none. */
  set: Bitset | null;
  exact: boolean;
}

const NO_DOCS: Lookup = { set: null, exact: true };

/** A term's docs in one stream (a scratch bitset). */
export function lookup(index: SearchIndex, stream: Stream, term: string, scratch: Scratch): Lookup {
  const m = term.length;
  const base = stream.base;
  const table = index.grams.all.table;
  const minDocs = index.frequent;
  let cur: number[] = [];
  for (let i = 0; i + 1 < m; i++) {
    const g = table.get(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
    // (A stream's bigram store may hold fewer ids than the main table: not in it, not there.)
    if (g < 0 || !(base.df[g] > 0)) return NO_DOCS;
    cur.push(g);
  }
  const bigrams = cur;
  let len = 2;
  const excLevel: number[] = [];
  const excId: number[] = [];
  while (len < m && len - 2 < stream.levels.length) {
    // Climb only through n-grams that count as frequent (halves of the next level's n-grams).
    let allFrequent = true;
    if (len === 2) for (let i = 0; i < cur.length && allFrequent; i++) allFrequent = base.df[cur[i]] >= minDocs;
    else {
      const flags = stream.levels[len - 3].freq;
      for (let i = 0; i < cur.length && allFrequent; i++) allFrequent = flags[cur[i]] === 1;
    }
    if (!allFrequent) break;
    const level = stream.levels[len - 2];
    const next: number[] = [];
    for (let i = 0; i + len < m; i++) {
      // The n-gram term[i ..= i+len]: both halves frequent, so it is in the table if it occurs.
      const x = level.table.get(cur[i], term.charCodeAt(i + len));
      if (x < 0) return NO_DOCS;
      next.push(x);
      excLevel.push(len - 2);
      excId.push(x);
    }
    cur = next;
    len++;
  }
  const set = andOfStore(base, bigrams, scratch);
  if (!set) return NO_DOCS;
  for (let k = 0; k < excId.length; k++) {
    const level = stream.levels[excLevel[k]];
    const x = excId[k];
    const docs = level.docs;
    for (let i = level.offsets[x]; i < level.offsets[x + 1]; i++) {
      const d = docs[i];
      set[d >>> 5] &= ~(1 << (d & 31));
    }
  }
  return { set, exact: len === m };
}
