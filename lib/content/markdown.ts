import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';

export type RenderedMarkdown = { html: string; text: string };

// Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml) and the result
// sanitized, so an editor's stray <script> can never reach a reader; the content checks refuse
// such a file anyway (safety.ts), since the text inside the tags would still be published.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A soft line break inside a paragraph joins Chinese without a gap (a space between two Han
 * characters reads as an error) and Latin words with one space.
 */
export function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (_, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}

function blockLines(node: Nodes): string[] {
  if (node.type === 'html') return [];
  if (node.type === 'list' || node.type === 'blockquote') return node.children.flatMap(blockLines);
  if (node.type === 'listItem') return node.children.flatMap(blockLines);
  const line = joinSoftBreaks(toString(node, { includeHtml: false }).trim());
  return line ? [line] : [];
}

/** The Markdown syntax tree, for checks that need more than the rendered result. */
export const parseMarkdown = (markdown: string) => processor.parse(markdown) as Root;

/** Markdown → safe HTML and plain text (one line per block, blank line between blocks). */
export function renderMarkdown(markdown: string | Root): RenderedMarkdown {
  const tree = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  const html = processor.stringify(processor.runSync(tree)).trim();
  const text = tree.children.flatMap(blockLines).join('\n\n');
  return { html, text };
}
