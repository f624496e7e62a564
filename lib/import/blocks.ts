/**
 * Lines → blocks. OCR output marks headings with `#` when its layout analysis found them; other
 * text comes as paragraphs separated by blank lines, each made of the printed lines (or the
 * space-separated pieces of them) the engine read.
 */
import type { Seg } from './text';

export type Heading = { kind: 'heading'; level: number; text: string; line: number };
export type ParaBlock = { kind: 'para'; segs: Seg[]; line: number };
export type Block = Heading | ParaBlock;

const HEADING = /^(#{1,6})\s*(.*)$/;

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: ParaBlock | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, '');
    const heading = HEADING.exec(trimmed);
    if (!trimmed || heading) current = undefined;
    if (heading && heading[2].trim()) blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2].trim(), line });
    if (!trimmed || heading) return;
    const segs = trimmed.split(/[\s\u3000]+/u).map((t, j) => ({ text: t, line, spaceBefore: j > 0 }));
    if (current) current.segs.push(...segs.map((s, j) => (j === 0 ? { ...s, spaceBefore: true } : s)));
    else {
      current = { kind: 'para', segs, line };
      blocks.push(current);
    }
  });
  return blocks;
}
