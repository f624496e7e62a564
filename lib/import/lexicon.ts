/**
 * A Chinese word list with frequencies (jieba's dictionary, shipped by @node-rs/jieba and read
 * from node_modules at run time) and the one measure the importer judges text by: the cost of
 * the most likely segmentation, -log P under a unigram model. A misread character or a wrong
 * line join shows up as words that stop being words, so every repair compares two costs.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

export type Lexicon = { freq: Map<string, number>; logTotal: number; maxLen: number };
export type Segmentation = { cost: number; tokens: string[] };

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string) => HAN.test(ch);

/** A non-Chinese run (digits, Latin, symbols) is one token of this cost; punctuation is free. */
const OTHER_COST = 8;
/** A Chinese character the dictionary does not hold alone: rarer than any listed word. */
const UNKNOWN_EXTRA = 4;
const PUNCT = /[\p{P}\s]/u;

let cached: Lexicon | undefined;

/** Parses jieba's `word freq tag` lines. Exported for tests with a tiny dictionary. */
export function parseLexicon(text: string): Lexicon {
  const freq = new Map<string, number>();
  let total = 0;
  let maxLen = 1;
  // indexOf rather than split/regex: the full dictionary is 349 000 lines.
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const sp = text.indexOf(' ', at);
    if (sp > at && sp < end) {
      const word = text.slice(at, sp);
      const sp2 = text.indexOf(' ', sp + 1);
      const n = parseInt(text.slice(sp + 1, sp2 > sp && sp2 < end ? sp2 : end), 10);
      if (n > 0) {
        freq.set(word, (freq.get(word) ?? 0) + n);
        total += n;
        if (word.length > maxLen) maxLen = word.length;
      }
    }
    at = end + 1;
  }
  return { freq, logTotal: Math.log(total || 1), maxLen: Math.min(maxLen, 8) };
}

/** The dictionary, loaded once per process (about 0.3 s). */
export function lexicon(): Lexicon {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
    cached = parseLexicon(fs.readFileSync(file, 'utf8'));
  }
  return cached;
}

export const wordCost = (lex: Lexicon, word: string): number | undefined => {
  const f = lex.freq.get(word);
  return f === undefined ? undefined : lex.logTotal - Math.log(f);
};

/** True when `word` (two characters or more) is in the dictionary. */
export const isWord = (lex: Lexicon, word: string) => Array.from(word).length > 1 && lex.freq.has(word);

function tokenCost(lex: Lexicon, token: string): number {
  if (!isHan(token[0])) return PUNCT.test(token) ? 0 : OTHER_COST;
  return wordCost(lex, token) ?? lex.logTotal + UNKNOWN_EXTRA;
}

/** Splits into single Chinese characters and runs of anything else (digits, Latin, punctuation). */
function units(text: string): string[] {
  return text.match(/\p{Script=Han}|[^\p{Script=Han}\p{P}\s]+|[\p{P}\s]/gu) ?? [];
}

/** The cheapest segmentation of `text` (dynamic programming over code points). */
export function segment(lex: Lexicon, text: string): Segmentation {
  const u = units(text);
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= u.length; end++) {
    best[end] = Infinity;
    for (let len = 1; len <= Math.min(lex.maxLen, end); len++) {
      const start = end - len;
      const parts = u.slice(start, end);
      if (len > 1 && !parts.every(isHan)) break;
      const token = parts.join('');
      const cost = len === 1 ? tokenCost(lex, token) : wordCost(lex, token);
      if (cost === undefined) continue;
      if (best[start] + cost < best[end]) {
        best[end] = best[start] + cost;
        from[end] = start;
      }
    }
  }
  const tokens: string[] = [];
  for (let end = u.length; end > 0; end = from[end]) tokens.unshift(u.slice(from[end], end).join(''));
  return { cost: best[u.length], tokens };
}

/**
 * How much likelier `left + right` reads as one text than as two: positive when a word spans
 * the seam (推|出, 他|们), about 0 when the seam falls between words. Looks at `k` characters
 * either side.
 */
export function joinGain(lex: Lexicon, left: string, right: string, k = 3): number {
  const a = Array.from(left).slice(-k).join('');
  const b = Array.from(right).slice(0, k).join('');
  if (!a || !b) return 0;
  // A number runs on into its unit (1800|万元), which no dictionary word can show.
  if (/\d$/.test(a) && NUMBER_UNIT.test(b)) return UNIT_GAIN;
  return segment(lex, a).cost + segment(lex, b).cost - segment(lex, a + b).cost;
}

const NUMBER_UNIT = /^[万亿千百元年月日号个余多名次项米吨家户件岁%．.]/u;
const UNIT_GAIN = 6;
