/**
 * Characters OCR engines mistake for one another (shapes that differ by a stroke or a dot), and
 * the check that uses them: a character is suspect when it stands alone in the most likely
 * segmentation while its look-alike would make a word with its neighbours (主于道路 → 主干道路).
 * No word of any page is listed here: the dictionary decides.
 */
import { isHan, segment, wordCost, type Lexicon } from './lexicon';

/** Groups of look-alikes; every member may be read as any other of its group. */
const GROUPS = [
  '于干千',
  '人入八',
  '券卷',
  '己已巳',
  '末未',
  '戊戌戍',
  '土士',
  '日曰',
  '天夭',
  '大太犬',
  '王玉',
  '木本术',
  '今令',
  '折拆',
  '侯候',
  '免兔',
  '拔拨',
  '汩汨',
  '刺剌',
  '冶治',
  '崇祟',
  '徒徙',
  '赢羸嬴',
  '灸炙',
  '杨扬',
  '鸟乌',
  '准淮',
  '洒酒',
  '历厉',
  '市巾',
  '衣农',
  '儿几',
  '己巳',
  '白自',
  '田由甲申',
  '休体',
  '若苦',
  '候侯',
  '姐妲',
  '贷货',
  '辨辩辫',
  '综粽',
  '幕慕暮墓',
  '详祥',
  '拨拔',
  '纪记',
  '坚竖',
  '壁璧',
  '眼跟',
  '间问',
  '晴睛',
  '盲育',
  '径经',
  '陈练',
  '扎札',
  '锻缎',
  '萧肖',
  '未末',
  '刀力',
  '又叉',
  '仑仓',
  '士土',
  '兑兊',
];

const lookalikes = new Map<string, Set<string>>();
for (const group of GROUPS) {
  for (const ch of group) {
    const set = lookalikes.get(ch) ?? new Set<string>();
    for (const other of group) if (other !== ch) set.add(other);
    lookalikes.set(ch, set);
  }
}

/** Symbols an OCR engine puts where it could not read a character. */
const GLYPH_DEBRIS = /[∞□■◆◇●○◎※¤§☉⊙Ⓡ©®�]/u;

export type Suspect = {
  /** Code-point offset of the character in the text. */
  at: number;
  from: string;
  to: string;
  /** The word the replacement makes, for the review message. */
  word: string;
  /** True when the evidence is strong enough to change the text; otherwise only flagged. */
  fix: boolean;
  why: string;
};

const WINDOW = 4;

function windowAround(chars: string[], at: number) {
  const start = Math.max(0, at - WINDOW);
  return { start, text: chars.slice(start, at + WINDOW + 1) };
}

/** The token holding code point `offset` of the segmented text, and where it starts. */
function tokenAt(tokens: string[], offset: number): { token: string; start: number } {
  let pos = 0;
  for (const token of tokens) {
    const len = Array.from(token).length;
    if (offset < pos + len) return { token, start: pos };
    pos += len;
  }
  return { token: '', start: pos };
}

/** Characters used alone at least this often in the dictionary are ordinary words by themselves. */
const FREE_STANDING = 30_000;

const singles = (tokens: string[]) => tokens.filter((t) => Array.from(t).length === 1 && isHan(t)).length;

/** Judges replacing chars[at] by `to`. */
function judge(lex: Lexicon, chars: string[], at: number, to: string): Suspect | undefined {
  const { start, text } = windowAround(chars, at);
  const before = segment(lex, text.join(''));
  if (Array.from(tokenAt(before.tokens, at - start).token).length > 1) return undefined;
  const swapped = [...text];
  swapped[at - start] = to;
  const after = segment(lex, swapped.join(''));
  const { token: word, start: wordStart } = tokenAt(after.tokens, at - start);
  if (Array.from(word).length < 2) return undefined;
  // The look-alike must turn at least two lone characters into a word, not just reshuffle words.
  if (singles(before.tokens) - singles(after.tokens) < 2) return undefined;
  const gain = before.cost - after.cost;
  // A neighbour that commonly stands alone (好, 两, 的) is no sign of a broken word: 太好 is fine.
  const neighbours = Array.from(word).filter((_, i) => i !== at - start - wordStart);
  const bound = neighbours.some((ch) => (lex.freq.get(ch) ?? 0) < FREE_STANDING);
  if (!bound && gain < 5) return undefined;
  const common = (wordCost(lex, word) ?? Infinity) < lex.logTotal - Math.log(20);
  const fix = bound && gain > 0 && common;
  return {
    at,
    from: chars[at],
    to,
    word,
    fix,
    why: `“${chars[at]}”在此不成词，形近字“${to}”可组成“${word}”${fix ? '' : '（证据不足，未改）'}`,
  };
}

/** A symbol inside Chinese text: the character that best completes the words around it. */
function repairGlyph(lex: Lexicon, chars: string[], at: number): Suspect | undefined {
  const left = chars.slice(Math.max(0, at - 3), at).join('');
  const candidates = new Map<string, number>();
  for (let k = Array.from(left).length; k >= 1 && candidates.size === 0; k--) {
    const prefix = Array.from(left).slice(-k).join('');
    for (const [word] of lex.freq) {
      if (word.length === prefix.length + 1 && word.startsWith(prefix) && isHan(word.slice(-1))) {
        const { start, text } = windowAround(chars, at);
        const swapped = [...text];
        swapped[at - start] = word.slice(-1);
        candidates.set(word.slice(-1), segment(lex, swapped.join('')).cost);
      }
    }
  }
  const ranked = [...candidates].sort((a, b) => a[1] - b[1]);
  const none = { at, from: chars[at], fix: false };
  if (ranked.length === 0)
    return { ...none, to: chars[at], word: '', why: `符号“${chars[at]}”夹在中文里，疑为未识别的字，无法推断` };
  const [[to, cost], second] = ranked;
  // Confident only when the best reading is clearly likelier than the next.
  const fix = !second || second[1] - cost > 3;
  return {
    ...none,
    to,
    fix,
    word: left.slice(-1) + to,
    why: `符号“${chars[at]}”夹在中文里，疑为“${to}”的误识${fix ? '' : '（有其他可能，未改）'}`,
  };
}

const nextToHan = (chars: string[], at: number) => isHan(chars[at - 1] ?? '') || isHan(chars[at + 1] ?? '');

/** Every suspect character of `text` (a paragraph or a title), in order. */
export function findSuspects(lex: Lexicon, text: string): Suspect[] {
  const chars = Array.from(text);
  const out: Suspect[] = [];
  chars.forEach((ch, at) => {
    if (GLYPH_DEBRIS.test(ch) && nextToHan(chars, at)) {
      const s = repairGlyph(lex, chars, at);
      if (s) out.push(s);
      return;
    }
    const alts = lookalikes.get(ch);
    if (!alts) return;
    const verdicts = [...alts].map((to) => judge(lex, chars, at, to)).filter((s): s is Suspect => !!s);
    if (verdicts.length > 0) out.push(verdicts.sort((a, b) => Number(b.fix) - Number(a.fix))[0]);
  });
  return out;
}
