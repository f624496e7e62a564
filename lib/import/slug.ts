/**
 * A slug proposed from the title: toneless pinyin, one chunk per word (so 强基赋能 gives
 * qiangji-funeng), at most five words, made unique against the site and the page; and a title
 * proposed for a brief printed without one, from its first sentence.
 */
import { pinyin } from 'pinyin-pro';
import { segment, type Lexicon } from './lexicon';

const MAX_WORDS = 5;

export function proposeSlug(lex: Lexicon, title: string, taken: Set<string>): string {
  const tokens = segment(lex, title.replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, ' ')).tokens.filter((t) => t.trim());
  // Lone characters the dictionary could not place (强/基) read better as one chunk.
  const words = tokens.reduce<string[]>((out, t) => {
    const last = out[out.length - 1];
    if (last && Array.from(t).length === 1 && Array.from(last).length === 1 && /\p{Script=Han}/u.test(last + t))
      out[out.length - 1] = last + t;
    else out.push(t);
    return out;
  }, []);
  const chunks = words
    .map((w) =>
      pinyin(w, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const base = chunks.join('-') || 'wenzhang';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Leading time phrases that do not belong in a headline. */
const TIME_LEAD = /^(近日|日前|近期|目前|今年以来|近年来|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日)[，,]/u;

export function proposeTitle(firstParagraph: string): string {
  const sentence = firstParagraph.split(/[。！？]/u)[0].replace(TIME_LEAD, '');
  const afterDash = sentence.split('——').pop() ?? sentence;
  const clause = afterDash.split(/[，；]/u)[0];
  const chars = Array.from(clause);
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : clause;
}
