// Index construction: fold the corpus into streams, then grams, levels, exact titles and places. See ../README.md for the terms.
//
// Streams are kept apart because summaries usually repeat the body's first sentence: over one
// stream, nearly every n-gram of a lede would occur twice in its doc.
import { compareDocs, type SearchDocument } from '../document';
import { foldCorpus } from './corpus';
import { gramPasses } from './grams';
import { buildStream } from './levels';
import { buildPlaceIndex } from './places';
import type { BuildOptions, SearchIndex } from './types';

/** Folded title → first doc with it, and per doc the next doc with the same title (−1: none). */
function exactTitles(titles: readonly string[]): SearchIndex['exactTitles'] {
  const first = new Map<string, number>();
  const next = new Int32Array(titles.length);
  for (let d = titles.length - 1; d >= 0; d--) {
    next[d] = first.get(titles[d]) ?? -1;
    first.set(titles[d], d);
  }
  return { first, next };
}

export function buildSearchIndex(input: readonly SearchDocument[], options: BuildOptions = {}): SearchIndex {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  let tick = t0;
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - tick;
    tick = now;
  };
  // Texts are used as given: lone surrogates fold to nothing and cannot match a folded term.
  const docs = [...input].sort(compareDocs);
  const n = docs.length;
  const maxGram = Math.max(2, Math.floor(options.maxGram ?? 6));
  const frequent = Math.max(1, Math.floor(options.frequent ?? Math.min(1000, Math.ceil(n / 50))));

  const corpus = foldCorpus(docs);
  lap('fold');
  const grams = gramPasses(corpus, n);
  lap('grams');
  const levels = { frequent, maxGram };
  const rest = buildStream(corpus.restStream, { ...levels, bigramIds: grams.ids.rest, base: grams.sets.all.bi });
  lap('levels');
  const title = buildStream(corpus.titleStream, { ...levels, bigramIds: grams.ids.title, base: grams.sets.title.bi });
  const summary = buildStream(corpus.summaryStream, { ...levels, bigramIds: grams.ids.summary, base: grams.sets.summary.bi });
  const titles = exactTitles(corpus.titles);
  lap('tiers');
  const places = buildPlaceIndex(docs);
  lap('places');

  return {
    kind: 'index',
    n,
    docs,
    folded: { titles: corpus.titles, summaries: corpus.summaries, others: corpus.others },
    grams: grams.sets,
    bodyExceptions: grams.bodyExceptions,
    streams: { title, summary, rest },
    frequent,
    exactTitles: titles,
    places,
    buildMs: performance.now() - t0,
    timings,
  };
}
