/**
 * The importer's unit of text: a paragraph as the pieces of OCR lines it was built from, so
 * every repair can still name the input line it touched.
 */
export type Seg = { text: string; line: number; spaceBefore?: boolean };
export type Para = { segs: Seg[] };

/** Sentence ends, allowing a closing quote or bracket after them. */
const TERMINAL = /[。！？…][”’"'」』）)]*$/u;

export const paraText = (p: Para) => p.segs.map((s, i) => (i > 0 && s.spaceBefore ? ' ' : '') + s.text).join('');
export const firstLine = (p: Para) => p.segs[0]?.line ?? 0;
export const lastLine = (p: Para) => p.segs[p.segs.length - 1]?.line ?? 0;
export const endsSentence = (text: string) => TERMINAL.test(text.trimEnd());
export const charCount = (text: string) => Array.from(text).length;

/** The input line of code point `offset` of paraText(p). */
export function lineAt(p: Para, offset: number): number {
  let pos = 0;
  for (const [i, s] of p.segs.entries()) {
    pos += (i > 0 && s.spaceBefore ? 1 : 0) + charCount(s.text);
    if (offset < pos) return s.line;
  }
  return lastLine(p);
}

export const joinParas = (a: Para, b: Para): Para => ({
  segs: [...a.segs, { ...b.segs[0], spaceBefore: false }, ...b.segs.slice(1)],
});
