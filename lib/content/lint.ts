/**
 * Typographic checks for Chinese prose: half-width punctuation next to Chinese characters is
 * almost always OCR or input-method debris (the source page came as `，` → `,`).
 */
const HAN = '\\p{Script=Han}';
const HALF_WIDTH_NEXT_TO_HAN = new RegExp(`(?<=${HAN})[,;:!?()]|[,;:!?()](?=${HAN})`, 'u');
const STRAIGHT_QUOTE = /["']/;
// One em dash between Han characters (微网格—网格): Chinese writes the dash as two, ——.
const LONE_DASH = new RegExp(`(?<=${HAN})\u2014(?=${HAN})`, 'u');

const FULL_WIDTH: Record<string, string> = {
  ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '"': '“ ”', "'": '‘ ’',
};

/** About 16 characters of `text` around `index` (a UTF-16 index), cut by code points. */
function around(text: string, index: number): string {
  const at = Array.from(text.slice(0, index)).length;
  return Array.from(text).slice(Math.max(0, at - 8), at + 8).join('');
}

/** Returns a message for the first typographic problem in `text`, or null. */
export function punctuationProblem(text: string): string | null {
  const match = HALF_WIDTH_NEXT_TO_HAN.exec(text) ?? STRAIGHT_QUOTE.exec(text);
  if (match) return `半角标点“${match[0]}”（…${around(text, match.index)}…），中文请用全角“${FULL_WIDTH[match[0]]}”`;
  const dash = LONE_DASH.exec(text);
  if (dash) return `单个破折号“—”（…${around(text, dash.index)}…），中文破折号请用两个“——”`;
  return null;
}
