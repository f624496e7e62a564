/**
 * Typographic checks for Chinese prose: half-width punctuation next to Chinese characters is
 * almost always OCR or input-method debris (the source page came as `，` → `,`).
 */
const HAN = '\\p{Script=Han}';
const HALF_WIDTH_NEXT_TO_HAN = new RegExp(`(?<=${HAN})[,;:!?()]|[,;:!?()](?=${HAN})`, 'u');
const STRAIGHT_QUOTE = /["']/;

const FULL_WIDTH: Record<string, string> = {
  ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '"': '“ ”', "'": '‘ ’',
};

/** Returns a message for the first typographic problem in `text`, or null. */
export function punctuationProblem(text: string): string | null {
  const match = HALF_WIDTH_NEXT_TO_HAN.exec(text) ?? STRAIGHT_QUOTE.exec(text);
  if (!match) return null;
  const chars = Array.from(text);
  const at = Array.from(text.slice(0, match.index)).length;
  const context = chars.slice(Math.max(0, at - 8), at + 8).join('');
  return `半角标点“${match[0]}”（…${context}…），中文请用全角“${FULL_WIDTH[match[0]]}”`;
}
