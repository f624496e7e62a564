/*
 * Line breaking for share-image headlines. The image renderer has no Chinese line-breaking
 * rules of its own, so lines are decided here, measured in em with a conservative width table,
 * and each line is drawn as it is.
 */

/** Must not begin a line (closing marks and sentence punctuation). */
const NO_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);
/** Must not end a line (opening marks). */
const NO_END = new Set([...'（《「『【〔〈“‘([{']);

/** Approximate advance in em: full-width for CJK and full-width forms, narrower for Latin. */
export function charWidth(ch: string): number {
  if (ch === ' ') return 0.3;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x2000) return /[A-Z0-9MW]/.test(ch) ? 0.68 : 0.58;
  return 1;
}

export const textWidth = (text: string) => Array.from(text).reduce((w, ch) => w + charWidth(ch), 0);

/** A CJK character, a run of Latin letters/digits (kept whole), or a single space. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9+.\-_/%]*|\s+|[\s\S]/gu)?.map((t) => (/^\s+$/.test(t) ? ' ' : t)) ?? [];
}

/** Splits a token wider than a line into pieces that fit. */
function splitLong(token: string, maxWidth: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && textWidth(cur + ch) > maxWidth) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function breakLines(text: string, maxWidth: number): string[] {
  const lines: string[][] = [[]];
  const width = (line: string[]) => textWidth(line.join(''));
  for (const token of tokens(text.trim()).flatMap((t) => (textWidth(t) > maxWidth ? splitLong(t, maxWidth) : [t]))) {
    const line = lines[lines.length - 1];
    if (token === ' ' && line.length === 0) continue;
    if (width([...line, token]) <= maxWidth || line.length === 0) {
      line.push(token);
      continue;
    }
    if (token === ' ') {
      lines.push([]);
      continue;
    }
    // A space in a Chinese headline separates its two phrases: break there rather than mid-phrase.
    const space = line.lastIndexOf(' ');
    let carry: string[] = [];
    if (space > 0 && width(line.slice(space + 1)) + textWidth(token) <= maxWidth) {
      carry = line.splice(space).slice(1);
    } else {
      // Keep closing punctuation off the start of a line (carry the character before it along)
      // and opening marks off the end.
      while (line.length > 1 && NO_START.has(carry[0] ?? token)) carry.unshift(line.pop() as string);
      while (line.length > 1 && NO_END.has(line[line.length - 1])) carry.unshift(line.pop() as string);
    }
    lines.push([...carry, token]);
  }
  return lines.map((l) => l.join('').trim()).filter(Boolean);
}

export type WrappedTitle = { lines: string[]; truncated: boolean };

/** The Chinese ellipsis is two em-wide marks, not one. */
export const ELLIPSIS = '……';

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` em. When it does not fit,
 * the last line is shortened and ends with an ellipsis.
 */
export function wrapTitle(text: string, maxWidth: number, maxLines: number): WrappedTitle {
  const all = breakLines(text, maxWidth);
  if (all.length <= maxLines) return { lines: all, truncated: false };
  const lines = all.slice(0, maxLines);
  const last = Array.from(`${lines[maxLines - 1]}${all[maxLines]}`);
  while (last.length > 0 && textWidth(`${last.join('')}${ELLIPSIS}`) > maxWidth) last.pop();
  // An ellipsis right after a comma or an opening mark reads as a typo.
  while (
    last.length > 0 &&
    (NO_START.has(last[last.length - 1]) || NO_END.has(last[last.length - 1]) || last[last.length - 1] === ' ')
  ) {
    last.pop();
  }
  lines[maxLines - 1] = `${last.join('')}${ELLIPSIS}`;
  return { lines, truncated: true };
}

/**
 * The largest of `sizes` (px) at which `text` fits in `preferLines` lines of `boxWidth` px, else
 * the smallest size wrapped to `maxLines`.
 */
export function fitTitle(
  text: string,
  boxWidth: number,
  sizes: readonly number[],
  preferLines: number,
  maxLines: number,
): WrappedTitle & { fontSize: number } {
  const sorted = [...sizes].sort((a, b) => b - a);
  for (const fontSize of sorted) {
    const wrapped = wrapTitle(text, boxWidth / fontSize, preferLines);
    if (!wrapped.truncated) return { ...wrapped, fontSize };
  }
  const fontSize = sorted[sorted.length - 1];
  return { ...wrapTitle(text, boxWidth / fontSize, maxLines), fontSize };
}

/**
 * True when a line begins with an opening quote or bracket. Its full-width glyph sits in the
 * right half of the em box, so a headline line starting with one looks indented unless it hangs.
 */
export const opensWithMark = (line: string) => NO_END.has(Array.from(line)[0] ?? '');
