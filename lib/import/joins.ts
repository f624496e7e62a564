/**
 * Paragraphs the OCR broke: a paragraph that ends mid-sentence runs on into the next; a short
 * fragment left before the byline (“∞。”) goes back to the paragraph that was cut; a sentence
 * still cut at the end of the article is reported. Each join says how sure it is: a word
 * spanning the seam (推|出) is proof, a seam between words is only likely.
 */
import { joinGain, type Lexicon } from './lexicon';
import { endsSentence, firstLine, joinParas, lastLine, paraText, type Para } from './text';

export type JoinNote = { line: number; kind: 'join' | 'fragment' | 'cut'; doubt: number; what: string; why: string };

/** A seam where a word spans the break, or the text runs on after a comma-like mark. */
const SURE_GAIN = 2;
const FRAGMENT_MAX = 6;
const clip = (s: string, n: number, end = false) => (end ? Array.from(s).slice(-n) : Array.from(s).slice(0, n)).join('');

export function reattachFragment(paras: Para[]): { paras: Para[]; notes: JoinNote[] } {
  const last = paras[paras.length - 1];
  if (!last || paras.length < 2 || Array.from(paraText(last)).length > FRAGMENT_MAX) return { paras, notes: [] };
  const target = paras.slice(0, -1).findLastIndex((p) => !endsSentence(paraText(p)));
  if (target < 0) return { paras, notes: [] };
  const out = paras.slice(0, -1);
  out[target] = joinParas(out[target], last);
  const note: JoinNote = {
    line: firstLine(last),
    kind: 'fragment',
    doubt: 0.6,
    what: `把残片“${paraText(last)}”移回第 ${lastLine(paras[target])} 行的断句之后`,
    why: `它独自位于署名前，而“…${clip(paraText(paras[target]), 8, true)}”句子未完`,
  };
  return { paras: out, notes: [note] };
}

export function joinBroken(lex: Lexicon, paras: Para[]): { paras: Para[]; notes: JoinNote[] } {
  const out: Para[] = [];
  const notes: JoinNote[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    const prevText = prev && paraText(prev);
    if (!prev || endsSentence(prevText)) {
      out.push(p);
      continue;
    }
    const next = paraText(p);
    const gain = /[，、；：“‘（—]$/u.test(prevText) ? SURE_GAIN : joinGain(lex, prevText, next);
    const sure = gain >= SURE_GAIN;
    notes.push({
      line: firstLine(p),
      kind: 'join',
      doubt: sure ? 0.05 : 0.35,
      what: `接上段：“…${clip(prevText, 6, true)}”+“${clip(next, 6)}…”`,
      why: sure ? '上段句子未完，断点处成词' : '上段句子未完，但断点两侧不成词：也可能是原文丢了句末标点（断句）',
    });
    out[out.length - 1] = joinParas(prev, p);
  }
  const tail = out[out.length - 1];
  if (tail && !endsSentence(paraText(tail))) {
    notes.push({
      line: lastLine(tail),
      kind: 'cut',
      doubt: 0.9,
      what: `文末句子不完整：“…${clip(paraText(tail), 10, true)}”`,
      why: '正文在句中结束（识别丢字或版面截断），需对照原版补全',
    });
  }
  return { paras: out, notes };
}
