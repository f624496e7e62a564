// Text folding shared by the index, the query parser, the reference scan and the snippets.
//
// Folding works one code point at a time, so it is context-free: if a query is a substring of a
// text, its folding is a substring of the text's folding, and every folded character can be traced
// back to the original character it came from (for highlighting). Per code point:
//   NFKC (full-width → half-width, ① → 1, …) → lower case → traditional → simplified (opencc-js,
//   character table of the `hk` preset) → keep only letters and digits (\p{L}\p{N}).
// Everything else — spaces, punctuation, quotes, symbols, emoji, combining marks — folds to nothing.
// The mapping is iterated to a fixed point, so folding is idempotent: fold(fold(s)) === fold(s).
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const KEEP = /^[\p{L}\p{N}]$/u;

/** Replaces lone surrogates by U+FFFD, so every later step sees well-formed UTF-16. */
export function wellFormed(s: string): string {
  // String.prototype.toWellFormed exists from Node 20; keep a fallback for older runtimes.
  const native = (s as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(s);
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function foldOnce(ch: string): string {
  const n = ch.normalize('NFKC').toLowerCase();
  let out = '';
  for (const c of toSimplified(n)) if (KEEP.test(c)) out += c;
  return out;
}

function computeFold(cp: number): string {
  let cur = foldOnce(String.fromCodePoint(cp));
  for (let i = 0; i < 4; i++) {
    let next = '';
    for (const c of cur) next += foldOnce(c);
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

// Cache: BMP in an array (index = code unit), astral planes in a Map.
const bmp: (string | undefined)[] = new Array(0x10000);
const astral = new Map<number, string>();

/** The folding of one code point: '' (dropped), itself, or one or more other characters. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x10000) {
    const hit = bmp[cp];
    if (hit !== undefined) return hit;
    const v = computeFold(cp);
    bmp[cp] = v;
    return v;
  }
  const hit = astral.get(cp);
  if (hit !== undefined) return hit;
  const v = computeFold(cp);
  astral.set(cp, v);
  return v;
}

// Fast table for the BMP: the single UTF-16 unit a code unit folds to, DROP when it folds to
// nothing, COMPLEX when it folds to several units (or is a surrogate), UNKNOWN until first seen.
const UNKNOWN = 0xffff;
const COMPLEX = 0xfffe;
const DROP = 0;
const table = new Uint16Array(0x10000).fill(UNKNOWN);

function unitClass(c: number): number {
  let v = table[c];
  if (v !== UNKNOWN) return v;
  if (c >= 0xd800 && c <= 0xdfff) v = COMPLEX;
  else {
    const f = foldCodePoint(c);
    v = f.length === 0 ? DROP : f.length === 1 && f.charCodeAt(0) < COMPLEX ? f.charCodeAt(0) : COMPLEX;
  }
  table[c] = v;
  return v;
}

/**
 * The code point that starts at unit `i` of `s`; U+FFFD for a lone surrogate, so text with
 * broken UTF-16 folds like the replacement character instead of throwing or splitting a pair.
 * It spans two units exactly when it is above U+FFFF.
 */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c;
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return 0xfffd;
}

let scratch = new Uint16Array(4096);
let scratchStart = new Uint32Array(4096);
let scratchEnd = new Uint32Array(4096);
function ensure(n: number): void {
  if (scratch.length >= n) return;
  let size = scratch.length;
  while (size < n) size *= 2;
  scratch = new Uint16Array(size);
  scratchStart = new Uint32Array(size);
  scratchEnd = new Uint32Array(size);
}

/**
 * Folds `s` into the shared scratch buffers and returns the folded length in UTF-16 units.
 * With `withMap`, scratchStart/scratchEnd receive the original span of each folded unit.
 * (A code point folds to at most 18 units (NFKC of U+FDFA), hence the bound below.)
 */
function foldToScratch(s: string, withMap: boolean): number {
  const n = s.length;
  ensure(n * 18 + 16);
  const out = scratch;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = table[c] !== UNKNOWN ? table[c] : unitClass(c);
    if (v === DROP) continue;
    if (v !== COMPLEX) {
      if (withMap) {
        scratchStart[o] = i;
        scratchEnd[o] = i + 1;
      }
      out[o++] = v;
      continue;
    }
    const cp = codePointAt(s, i);
    const len = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) {
      if (withMap) {
        scratchStart[o] = i;
        scratchEnd[o] = i + len;
      }
      out[o++] = f.charCodeAt(k);
    }
    i += len - 1;
  }
  return o;
}

const decoder = new TextDecoder('utf-16le');

function scratchToString(len: number): string {
  if (len === 0) return '';
  if (len < 64) return String.fromCharCode.apply(null, Array.from(scratch.subarray(0, len)));
  return decoder.decode(scratch.subarray(0, len));
}

/** Folds a string (lone surrogates become U+FFFD, which folds to nothing). */
export function fold(s: string): string {
  return scratchToString(foldToScratch(s, false));
}

/** A folded string plus, for each of its UTF-16 units, the span of original units it came from. */
export interface FoldedWithMap {
  folded: string;
  /** start[i]: index in the original of the code point that produced folded unit i. */
  start: Uint32Array;
  /** end[i]: index in the original just after that code point. */
  end: Uint32Array;
}

export function foldWithMap(s: string): FoldedWithMap {
  const len = foldToScratch(s, true);
  return { folded: scratchToString(len), start: scratchStart.slice(0, len), end: scratchEnd.slice(0, len) };
}

/** foldWithMap without copying the maps: `start` and `end` are views valid until the next fold call. */
export function foldWithMapView(s: string): FoldedWithMap {
  const len = foldToScratch(s, true);
  return { folded: scratchToString(len), start: scratchStart.subarray(0, len), end: scratchEnd.subarray(0, len) };
}

/**
 * Overlapping occurrences (up to `cap`) of the folded `term` in `s` made of the term's units
 * themselves, literally, with only characters that fold to nothing between them (punctuation,
 * spaces, line breaks…). Where no unit of the term occurs non-literally in `s` (no traditional,
 * full-width or upper-case form of it, nothing folding to several units that include it), these
 * are exactly the term's occurrences in fold(s) — without building that string.
 */
export function countLiteralAcrossDropped(s: string, term: string, cap: number): number {
  const m = term.length;
  if (m === 0 || cap <= 0) return 0;
  const first = term.charAt(0);
  const n = s.length;
  let count = 0;
  for (let i = s.indexOf(first); i >= 0; i = s.indexOf(first, i + 1)) {
    let k = 1;
    let j = i + 1;
    while (k < m && j < n) {
      const c = s.charCodeAt(j);
      if (c === term.charCodeAt(k)) {
        k++;
        j++;
        continue;
      }
      const v = table[c] !== UNKNOWN ? table[c] : unitClass(c);
      if (v === DROP) {
        j++;
        continue;
      }
      if (v === COMPLEX) {
        // A surrogate pair or a multi-unit folding: skip it only if it folds to nothing.
        const cp = codePointAt(s, j);
        const len = cp > 0xffff ? 2 : 1;
        const f = foldCodePoint(cp);
        if (f.length === 0) {
          j += len;
          continue;
        }
        // It folds to units that are not the term's (those occur only literally): no occurrence here.
      }
      break;
    }
    if (k === m && ++count >= cap) return count;
  }
  return count;
}

/** nonLiteral.units[k] = u, growing the array when full. */
function addNonLiteral(nonLiteral: { units: Uint16Array }, k: number, u: number): void {
  if (k === nonLiteral.units.length) {
    const grown = new Uint16Array(k * 2);
    grown.set(nonLiteral.units);
    nonLiteral.units = grown;
  }
  nonLiteral.units[k] = u;
}

/**
 * Folds `s` straight into `out` from index `at` and returns the end, or −1 if `out` has no room
 * (the caller grows it and calls again). The folded units that are not their own original (a
 * traditional, full-width, upper-case… form) go to `nonLiteral.units[0 ..
 * count)`. Same units as fold(s).
 */
export function foldInto(s: string, out: Uint16Array, at: number, nonLiteral: { units: Uint16Array; count: number }): number {
  const n = s.length;
  let o = at;
  const cap = out.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let v = table[c];
    if (v === UNKNOWN) v = unitClass(c);
    if (v === DROP) continue;
    if (v !== COMPLEX) {
      if (o >= cap) return -1;
      out[o++] = v;
      if (v !== c) addNonLiteral(nonLiteral, k++, v);
      continue;
    }
    const cp = codePointAt(s, i);
    const len = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    if (o + f.length > cap) return -1;
    const identity = f.length === len && f.charCodeAt(0) === c && (len === 1 || f.charCodeAt(1) === s.charCodeAt(i + 1));
    for (let j = 0; j < f.length; j++) {
      const u = f.charCodeAt(j);
      out[o++] = u;
      if (!identity) addNonLiteral(nonLiteral, k++, u);
    }
    i += len - 1;
  }
  nonLiteral.count = k;
  return o;
}
