import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

export type RenderedMarkdown = { html: string; text: string };

// Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml) and the result
// sanitized, so an editor's stray <script> can never reach a reader.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** Markdown → safe HTML and plain text (one line per block, blank line between blocks). */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.parse(markdown) as Root;
  const html = processor.stringify(processor.runSync(tree)).trim();
  const text = tree.children
    .map((node) => toString(node).trim())
    .filter(Boolean)
    .join('\n\n');
  return { html, text };
}
