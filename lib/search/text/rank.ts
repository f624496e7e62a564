// The ranking rules, in one place, used verbatim by the reference scan and by the engine.
//
// Sort key, compared left to right (all descending), then newest first, then slug:
//   1. exact     — the folded query (all terms joined) equals the folded title
//   2. title     — number of terms that occur in the title
//   3. summary   — number of terms that occur in the summary
//   4. together  — for two or more terms: how many neighbouring query terms (1st–2nd, 2nd–3rd, …)
//                  occur right next to each other in the article, in either order, as one
//                  phrase (punctuation between them does not count): the closest possible hits
//   5. hits      — Σ over terms of min(HIT_CAP, occurrences in the article); a pinyin place match
//                  counts as one occurrence (more hits rank higher, counted up to 3 per term)
// `relevance` packs 4–5 as together·32 + hits (hits ≤ 3·8 = 24); `score` packs everything:
// exact·10⁷ + title·10⁵ + summary·10³ + relevance (relevance ≤ 7·32 + 24 = 248).

export const HIT_CAP = 3;
export const TOGETHER_WEIGHT = 32;

export interface RankKey {
  exact: number;
  title: number;
  summary: number;
  relevance: number;
}

export function packScore(k: RankKey): number {
  return k.exact * 10_000_000 + k.title * 100_000 + k.summary * 1_000 + k.relevance;
}

/** Overlapping occurrences of `term` in `hay`, counted up to `cap`. */
export function countOccurrences(hay: string, term: string, cap: number): number {
  let n = 0;
  let i = hay.indexOf(term);
  while (i >= 0 && n < cap) {
    n++;
    i = hay.indexOf(term, i + 1);
  }
  return n;
}

/** The phrases whose presence counts for rule 4: each pair of neighbouring terms, both orders. */
export function togetherPairs(terms: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < terms.length; i++) out.push([terms[i] + terms[i + 1], terms[i + 1] + terms[i]]);
  return out;
}

/** Compare two ranked entries: better first. `doc` is the internal doc number (date/slug order). */
export function compareRanked(a: RankKey & { doc: number }, b: RankKey & { doc: number }): number {
  return b.exact - a.exact || b.title - a.title || b.summary - a.summary || b.relevance - a.relevance || a.doc - b.doc;
}
