import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './config';
import { ContentError } from './problems';
import { validateContent, type Content, type SourceFile, type ValidationResult } from './validate';

/** Every `.md` file below `dir`, as paths relative to it with forward slashes, sorted. */
export function listMarkdownFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort();
}

export function readContentFiles(dir: string): SourceFile[] {
  return listMarkdownFiles(dir).map((file) => ({ file, source: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/** Validates a content folder without throwing: for `content check` and tests. */
export function checkContent(dir: string = CONTENT_DIR): ValidationResult {
  if (!fs.existsSync(dir)) {
    return { articles: [], series: [], problems: [{ file: dir, field: '(folder)', message: '内容目录不存在' }] };
  }
  return validateContent(readContentFiles(dir));
}

const cache = new Map<string, Content>();

/**
 * The site's content, parsed once per process. Throws a ContentError listing every problem, so a
 * build with bad content fails with the same messages as `content check`.
 */
export function loadContent(dir: string = CONTENT_DIR): Content {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { articles, series, problems } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  const content = { articles, series };
  cache.set(dir, content);
  return content;
}
