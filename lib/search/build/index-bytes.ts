// The index's size by part, for the benchmark.
import { bitsetWords } from '../structures/bitset';
import { storeBytes } from '../structures/postings';
import type { GramSets, SearchIndex, Stream } from './types';

const setsBytes = (g: GramSets) => storeBytes(g.uni) + storeBytes(g.bi);

function levelsBytes(s: Stream): number {
  let b = 0;
  for (const l of s.levels) b += l.table.bytes() + l.df.byteLength + l.offsets.byteLength + l.docs.byteLength;
  return b;
}

/** Bytes of the index's typed arrays, by part (strings and small maps not included). */
export function indexBytes(index: SearchIndex): Record<string, number> {
  const { folded, grams, streams } = index;
  let short = 0;
  for (let d = 0; d < index.n; d++) short += 2 * (folded.titles[d].length + folded.summaries[d].length + folded.others[d].length);
  return {
    allFields: setsBytes(grams.all) + grams.all.table.bytes(),
    levels: levelsBytes(streams.rest),
    bodyExceptions: storeBytes(index.bodyExceptions),
    tiers: setsBytes(grams.title) + setsBytes(grams.summary) + levelsBytes(streams.title) + levelsBytes(streams.summary),
    shortFieldsText: short,
    places: (index.places.cityDocs.length + index.places.districtDocs.length) * bitsetWords(index.n) * 4,
  };
}
