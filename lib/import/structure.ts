/**
 * Blocks → articles, as an editor reads a page: a headline opens an article, a byline closes
 * it; text after a byline and before the next headline is a brief without a headline; a
 * headline followed by a short paragraph and then deeper headlines is a series header and its
 * intro. Without `#` marks, a short line with no sentence punctuation that does not continue a
 * sentence is taken for a headline.
 */
import { leadingByline, trailingByline, type Byline } from './byline';
import type { Block, Heading, ParaBlock } from './blocks';
import { endsSentence, type Para } from './text';

export type SeriesHeader = { title: string; intro: Para; line: number; level: number };
export type RawArticle = {
  title?: string;
  kicker?: string;
  subtitle?: string;
  line: number;
  level: number;
  series?: SeriesHeader;
  paras: Para[];
  byline?: Byline & { line: number };
};
export type Page = { articles: RawArticle[]; series: SeriesHeader[] };

const segsText = (b: ParaBlock) => b.segs.map((s) => s.text).join('');

function bareHeading(b: ParaBlock, previous: Block | undefined): Heading | undefined {
  const text = b.segs.map((s, i) => (i && s.spaceBefore ? ' ' : '') + s.text).join('');
  const short = Array.from(text).length <= 26 && new Set(b.segs.map((s) => s.line)).size === 1;
  const continues = previous?.kind === 'para' && !endsSentence(segsText(previous));
  if (!short || continues || /[。，；！？,;!?（(]/u.test(text)) return undefined;
  return { kind: 'heading', level: 0, text, line: b.line };
}

/** Marks bare headlines when the OCR gave no `#` at all. */
function withHeadings(blocks: Block[]): Block[] {
  if (blocks.some((b) => b.kind === 'heading')) return blocks;
  return blocks.map((b, i) => (b.kind === 'para' ? (bareHeading(b, blocks[i - 1]) ?? b) : b));
}

function titleParts(headings: Heading[]) {
  const subtitle = headings.find((h) => /^[—－-]{1,2}/u.test(h.text));
  const main = headings.filter((h) => h !== subtitle);
  return {
    title: main[main.length - 1]?.text,
    kicker:
      main.length > 1
        ? main
            .slice(0, -1)
            .map((h) => h.text)
            .join(' ')
        : undefined,
    subtitle: subtitle?.text.replace(/^[—－-]+/u, '').trim(),
    line: headings[0].line,
    level: Math.max(...headings.map((h) => h.level)),
  };
}

const isSeriesIntro = (b: ParaBlock, next: Block | undefined, heading: Heading, known: ReadonlySet<string>) =>
  next?.kind === 'heading' &&
  (next.level > heading.level || heading.level === 0) &&
  Array.from(segsText(b)).length < 300 &&
  !trailingByline(segsText(b), known);

export function toPage(input: Block[], known: ReadonlySet<string>): Page {
  const blocks = withHeadings(input);
  const page: Page = { articles: [], series: [] };
  let pending: Heading[] = [];
  let current: RawArticle | undefined;
  let series: SeriesHeader | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      if (series && b.level <= series.level && b.level > 0) series = undefined;
      pending.push(b);
      current = undefined;
      return;
    }
    if (!current && pending.length === 1 && isSeriesIntro(b, blocks[i + 1], pending[0], known)) {
      series = { title: pending[0].text, intro: { segs: b.segs }, line: pending[0].line, level: pending[0].level };
      page.series.push(series);
      pending = [];
      return;
    }
    if (!current) {
      current = pending.length ? { ...titleParts(pending), series, paras: [] } : { line: b.line, level: 0, series, paras: [] };
      page.articles.push(current);
      pending = [];
      const lead = current.paras.length === 0 ? leadingByline(segsText(b), known) : undefined;
      if (lead) {
        current.byline = { ...lead, line: b.line };
        return;
      }
    }
    const text = b.segs.map((s, j) => (j && s.spaceBefore ? ' ' : '') + s.text).join('');
    const closing = trailingByline(text, known);
    if (!closing) {
      current.paras.push({ segs: b.segs });
      return;
    }
    const restSegs = segsUpTo(b, Array.from(closing.rest).length);
    if (restSegs.length) current.paras.push({ segs: restSegs });
    current.byline = { ...closing.byline, line: b.segs[b.segs.length - 1].line };
    current = undefined;
  });
  return page;
}

/** The segments covering the first `count` code points of the block's text (spaces included). */
function segsUpTo(b: ParaBlock, count: number) {
  const out = [];
  let pos = 0;
  for (const [j, s] of b.segs.entries()) {
    pos += j && s.spaceBefore ? 1 : 0;
    if (pos >= count) break;
    const len = Array.from(s.text).length;
    out.push(
      pos + len <= count
        ? s
        : {
            ...s,
            text: Array.from(s.text)
              .slice(0, count - pos)
              .join(''),
          },
    );
    pos += len;
  }
  return out.filter((s) => s.text);
}
