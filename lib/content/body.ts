import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './config';
import { splitFrontmatter } from './frontmatter';
import { renderMarkdown } from './markdown';
import type { Article } from './schema';
import type { Content } from './validate';

/**
 * The safe HTML of an article's body, rendered from its file when a page or feed needs it (the
 * loaded records keep only the plain text). The file was validated when the content loaded.
 */
export function articleHtml(content: Content, article: Article): string {
  const source = fs.readFileSync(path.join(content.dir ?? CONTENT_DIR, article.file), 'utf8');
  const split = splitFrontmatter(source);
  if (!split.ok) throw new Error(`${article.file}: ${split.message}`);
  return renderMarkdown(split.body).html;
}
