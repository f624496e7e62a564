// Snippets: ~100 characters of the original text around the best match, with every matched
// term in <mark> and everything else HTML-escaped. Matching runs on folded text; the fold map
// leads back to the original characters, so 臺州 is highlighted for the query 台州.
import type { SearchDocument } from '../document';
import { foldWithMapView, wellFormed, type FoldedWithMap } from './fold';

export const SNIPPET_CHARS = 100;
const CONTEXT_BEFORE = 30;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves `n` code points back from unit index `i` (never lands inside a surrogate pair). */
function back(s: string, i: number, n: number): number {
  while (n > 0 && i > 0) {
    i--;
    if (i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) i--;
    n--;
  }
  return i;
}

/** Moves `n` code points forward from unit index `i`. */
function forward(s: string, i: number, n: number): number {
  while (n > 0 && i < s.length) {
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i += 2;
    else i++;
    n--;
  }
  return i;
}

function clean(s: string): string {
  return escapeHtml(s).replace(/\s+/g, ' ');
}

interface Occurrence {
  pos: number; // folded start
  len: number; // folded length
  term: number;
}

function occurrences(folded: string, terms: readonly string[]): Occurrence[] {
  const out: Occurrence[] = [];
  terms.forEach((t, term) => {
    if (!t) return;
    for (let i = folded.indexOf(t); i >= 0 && out.length < 2000; i = folded.indexOf(t, i + 1)) {
      out.push({ pos: i, len: t.length, term });
    }
  });
  return out.sort((a, b) => a.pos - b.pos);
}

/** Snippet HTML for one field's text. */
export function snippetFor(text: string, terms: readonly string[]): string {
  const original = wellFormed(text);
  return snippetOf(original, foldWithMapView(original), terms);
}

/** Snippet HTML for a (well-formed) text, given its folding. */
function snippetOf(original: string, map: FoldedWithMap, terms: readonly string[]): string {
  const { folded, start, end } = map;
  const occ = occurrences(folded, terms);
  let from = 0;
  if (occ.length > 0) {
    // Best anchor: the occurrence whose window of SNIPPET_CHARS folded units covers the most
    // distinct terms, then the most occurrences; earliest on ties.
    let best = 0;
    let bestDistinct = -1;
    let bestCount = -1;
    for (let a = 0; a < occ.length; a++) {
      const seen = new Set<number>();
      let count = 0;
      for (let b = a; b < occ.length && occ[b].pos + occ[b].len - occ[a].pos <= SNIPPET_CHARS * 0.6; b++) {
        seen.add(occ[b].term);
        count++;
      }
      if (seen.size > bestDistinct || (seen.size === bestDistinct && count > bestCount)) {
        best = a;
        bestDistinct = seen.size;
        bestCount = count;
      }
    }
    from = back(original, start[occ[best].pos], CONTEXT_BEFORE);
  }
  let to = forward(original, from, SNIPPET_CHARS);
  if (to >= original.length) {
    to = original.length;
    from = back(original, to, SNIPPET_CHARS);
  }
  // Highlight ranges in original units, clipped to the window, merged.
  const ranges: [number, number][] = [];
  for (const o of occ) {
    const s = start[o.pos];
    const e = end[o.pos + o.len - 1];
    if (e <= from || s >= to) continue;
    ranges.push([Math.max(s, from), Math.min(e, to)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  let html = from > 0 ? '…' : '';
  let at = from;
  for (const [s, e] of merged) {
    html += clean(original.slice(at, s)) + '<mark>' + clean(original.slice(s, e)) + '</mark>';
    at = e;
  }
  html += clean(original.slice(at, to));
  if (to < original.length) html += '…';
  return html.trim();
}

/** The snippet of a hit: from the body if a term occurs there, else the summary, else the body's start. */
export function makeSnippet(doc: SearchDocument, terms: readonly string[]): string {
  if (doc.text) {
    // The body's folding is needed for the snippet anyway: fold it once.
    const original = wellFormed(doc.text);
    const map = foldWithMapView(original); // views: used before any other fold call
    if (terms.some((t) => t.length > 0 && map.folded.includes(t))) return snippetOf(original, map, terms);
  }
  return snippetFor(doc.summary || doc.text, terms);
}
