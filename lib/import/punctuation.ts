/**
 * Typography of the digest: half-width punctuation next to Chinese becomes full-width, straight
 * quotes become “” (‘’ inside), alternating within a paragraph; numbers and Latin keep theirs
 * (7.05亿元, 1+2+3+N, 12:30). Every replacement is one character for one, so offsets (and the
 * input lines they map to) stay valid.
 */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const HAN = /\p{Script=Han}|[“”‘’，。；：！？（）、—…《》]/u;

export type Normalised = { text: string; changes: number; unbalancedQuotes: boolean };

export function normalisePunctuation(input: string): Normalised {
  const chars = Array.from(input);
  let changes = 0;
  let double = 0;
  let single = 0;
  const out = chars.map((ch, i) => {
    const near = HAN.test(chars[i - 1] ?? '') || HAN.test(chars[i + 1] ?? '');
    let to = ch;
    if (ch === '"') to = double++ % 2 === 0 ? '“' : '”';
    else if (ch === "'") to = single++ % 2 === 0 ? '‘' : '’';
    else if (FULL[ch] && near && !(/\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? ''))) to = FULL[ch];
    if (to !== ch) changes++;
    return to;
  });
  return { text: out.join(''), changes, unbalancedQuotes: double % 2 === 1 || single % 2 === 1 };
}
