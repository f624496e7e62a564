/**
 * Paragraph pieces → text: pieces of one paragraph join without the OCR's spaces, except
 * between Latin words and inside a quotation printed with a space (“宋韵茶事 雅艺春建”) on a
 * line with no other gap; then punctuation is normalised and suspect characters are judged.
 */
import { findSuspects, type Suspect } from './confusions';
import type { Lexicon } from './lexicon';
import { normalisePunctuation } from './punctuation';
import { charCount, type Para } from './text';

export type Rendered = { text: string; para: Para; suspects: Suspect[]; punctuation: number; unbalancedQuotes: boolean };

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

function keepsSpace(para: Para, i: number, before: string): boolean {
  const s = para.segs[i];
  if (!s.spaceBefore) return false;
  const prev = para.segs[i - 1].text;
  if (LATIN_END.test(prev) && LATIN_START.test(s.text)) return true;
  const gapsOnLine = para.segs.filter((x) => x.line === s.line && x.spaceBefore).length;
  const insideQuote = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  return gapsOnLine === 1 && insideQuote;
}

/** Joins pieces; returns the paragraph with spaceBefore kept only where a space is printed. */
function joinPieces(para: Para): Para {
  let text = '';
  const segs = para.segs.map((s, i) => {
    const space = i > 0 && keepsSpace(para, i, text);
    text += (space ? ' ' : '') + s.text;
    return { ...s, spaceBefore: space };
  });
  return { segs };
}

export function renderPara(lex: Lexicon, input: Para): Rendered {
  const para = joinPieces(input);
  const raw = para.segs.map((s, i) => (s.spaceBefore && i > 0 ? ' ' : '') + s.text).join('');
  const { text, changes, unbalancedQuotes } = normalisePunctuation(raw);
  const suspects = findSuspects(lex, text);
  const chars = Array.from(text);
  for (const s of suspects) if (s.fix) chars[s.at] = s.to;
  return { text: chars.join(''), para, suspects, punctuation: changes, unbalancedQuotes };
}

/** “…前文X后文…” windows around a character, before and after a fix, for `corrections`. */
export function correctionWindow(before: string, after: string, at: number) {
  const a = Array.from(before);
  const b = Array.from(after);
  const isText = (ch: string | undefined) => !!ch && /[\p{Script=Han}A-Za-z0-9]/u.test(ch);
  let start = at;
  while (start > 0 && at - start < 4 && isText(a[start - 1])) start--;
  let end = at + 1;
  while (end < a.length && end - at < 3 && isText(a[end])) end++;
  return { from: a.slice(start, end).join(''), to: b.slice(start, end).join(''), length: charCount(before) };
}
