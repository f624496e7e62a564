// What a built index holds (see ../README.md for the terms). Saved to disk as is (../persist.ts):
// a change of shape here needs a new INDEX_FORMAT there.
import type { SearchDocument } from '../document';
import type { PlaceTable } from '../places/table';
import type { Bitset } from '../structures/bitset';
import type { BigramTable, PairTable } from '../structures/hash-tables';
import type { PostingStore } from '../structures/postings';

/** docPlace value of a doc whose places are read from the CSR arrays. */
export const PLACE_CSR = 0xffff;

/** Unigram and bigram doc sets of a set of strings (bigram ids: the shared table's). */
export interface GramSets {
  uni: PostingStore;
  bi: PostingStore;
  table: BigramTable;
}

/** n-gram level n ≥ 3: (id of the (n−1)-gram prefix, last unit) → id; per id its exception docs. */
export interface Level {
  n: number;
  table: PairTable;
  /** Docs of each n-gram (in this level's stream). */
  df: Uint32Array;
  /** Whether each n-gram counts as frequent: only those are halves of the next level's n-grams. */
  freq: Uint8Array;
  /** Exceptions of n-gram x: docs[offsets[x] .. offsets[x+1]−1]. */
  offsets: Uint32Array;
  docs: Uint32Array;
}

/** The n-gram levels of one stream. */
export interface Stream {
  /**
   * Bigram doc sets the first level builds on: the stream's own, or a superset (the rest stream
   * uses the sets of all fields; the exceptions of level 3 make up the difference).
   */
  base: PostingStore;
  /** levels[k] is n-gram level k + 3. */
  levels: Level[];
}

export interface BuildOptions {
  /** Longest n-gram with exact doc sets (default 6); longer terms are verified on the text. */
  maxGram?: number;
  /** Doc count from which an n-gram counts as frequent (default: 1000, or n/50 when smaller). */
  frequent?: number;
}

/** Places of the docs, for filters and facets. */
export interface PlaceIndex {
  table: PlaceTable;
  cityKeys: string[];
  districtKeys: string[];
  cityDocs: Bitset[];
  districtDocs: Bitset[];
  /** Per doc its cities docCity[docCityAt[d] .. docCityAt[d+1]−1] (CSR), likewise its districts. */
  docCityAt: Uint32Array;
  docCity: Uint16Array;
  docDistrictAt: Uint32Array;
  docDistrict: Uint16Array;
  /**
   * Per doc with one city and at most one district: city · (districts + 1) + (district + 1), 0 for
   * none; PLACE_CSR for the others (read docCity / docDistrict). For fast facet counts.
   */
  docPlace: Uint16Array;
}

export interface SearchIndex {
  kind: 'index';
  n: number;
  /** Documents in internal order (newest first, then slug). */
  docs: SearchDocument[];
  /** Folded short fields per doc: title, summary, and authors + place names joined by SEP. */
  folded: { titles: string[]; summaries: string[]; others: string[] };
  /** Unigram / bigram postings: of all fields (with counts), of titles, of summaries. */
  grams: { all: GramSets; title: GramSets; summary: GramSets };
  /** Per unit, the docs whose body has it non-literally (a traditional, full-width… form). */
  bodyExceptions: PostingStore;
  streams: { title: Stream; summary: Stream; rest: Stream };
  frequent: number;
  /** Folded title → first doc with it; next[d]: the next doc with the same title, or −1. */
  exactTitles: { first: Map<string, number>; next: Int32Array };
  places: PlaceIndex;
  buildMs: number;
  timings: Record<string, number>;
}
