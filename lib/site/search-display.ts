// How a search is shown back to the reader: the query in quotes, snippets, facet counts.

const OPENING = '"\'“‘「『';
const CLOSING = '"\'”’」』';

/**
 * The query between “”, once: a query typed with its own quotes ("网格", “网格”) is not shown as
 * “"网格"”. Only one enclosing pair is taken off; quotes inside the query are kept.
 */
export function quotedQuery(q: string): string {
  const t = q.trim();
  const open = OPENING.indexOf(t[0] ?? '');
  const inner = open >= 0 && t.length > 1 && t.endsWith(CLOSING[open]) ? t.slice(1, -1).trim() : t;
  return `“${inner}”`;
}

// Han characters and full-width punctuation: Chinese text that has no spaces between words.
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60\\u2014\\u2018-\\u201d\\u2026]';
// A space between two of them, possibly with tags (<mark>, </mark>) on either side.
const SPACE_IN_CJK = new RegExp(`(${CJK}(?:<[^>]*>)*)\\s+((?:<[^>]*>)*${CJK})`, 'gu');

/**
 * Snippet HTML with the spaces that stand for paragraph breaks removed where Chinese meets
 * Chinese (…议事。 社区… → …议事。社区…); a space between Latin words or digits stays.
 */
export function joinCjkSpaces(html: string): string {
  return html.replace(SPACE_IN_CJK, '$1$2').replace(SPACE_IN_CJK, '$1$2');
}

/**
 * An article about two cities is counted under both, so the city facets can add up to more than
 * the total. Returns that sum when it does (the page then says why), else null. Under a place
 * filter the facets still count the whole query (so the reader can switch places) but the total
 * does not, so there is no sum to explain.
 */
export function facetOvercount(
  total: number,
  facets: readonly { count: number }[],
  { filtered = false }: { filtered?: boolean } = {},
): number | null {
  if (filtered) return null;
  const sum = facets.reduce((n, f) => n + f.count, 0);
  return sum > total ? sum : null;
}
