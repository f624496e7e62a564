import fs from 'node:fs';
import path from 'node:path';
import { processSingleton } from '../process-singleton';
import { ParseCache, type CacheStats } from './cache';
import { CONTENT_DIR } from './config';
import { ContentError } from './problems';
import { sizeProblem } from './safety';
import type { Problem } from './schema';
import {
  validateContent,
  type Content,
  type ParsedFile,
  type ParseMemo,
  type SourceFile,
  type ValidateOptions,
  type ValidationResult,
} from './validate';

/** Names an editor may have meant as Markdown but the loader does not read (only lowercase `.md`). */
const MARKDOWN_LIKE = /\.(md|markdown|mdown|mkdn?)$/i;

/** A content folder's files: those to read, and those refused with the reason (never skipped silently). */
export type ContentListing = { files: string[]; refused: Problem[] };

/** Why an entry that looks like content is not read, or null when it is an article to read. */
function refusal(entry: fs.Dirent, full: string): string | null {
  if (entry.isSymbolicLink()) return '是符号链接，未读取：请把文件本身放进内容目录';
  if (!entry.name.endsWith('.md')) return '扩展名应为小写 .md，此文件未读取';
  return sizeProblem(fs.statSync(full).size);
}

/**
 * Every `.md` file below `dir` (relative, forward slashes, sorted), except in hidden folders and
 * node_modules. A symbolic link, a `.MD` or `.markdown` file, or a file over the size limit is
 * refused with a problem: read silently or skipped silently, it would publish or hide an article
 * nobody meant to, and a link could reach outside the content folder.
 */
export function listContentFiles(dir: string): ContentListing {
  const files: string[] = [];
  const refused: Problem[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(dir, full).split(path.sep).join('/');
    if (file.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (!entry.isSymbolicLink() && !(entry.isFile() && MARKDOWN_LIKE.test(entry.name))) continue;
    const message = refusal(entry, full);
    if (message) refused.push({ file, field: '(file)', message });
    else files.push(file);
  }
  return { files: files.sort(), refused };
}

/** Files are read one at a time as they are parsed, so only the parsed records stay in memory. */
export function* readContentFiles(dir: string, files: readonly string[]): Generator<SourceFile> {
  for (const file of files) yield { file, source: fs.readFileSync(path.join(dir, file), 'utf8') };
}

/** Where the parse cache went (null: caching is off), and why it could not be written, if so. */
export type CheckResult = ValidationResult & { cache: CacheStats; cacheFile: string | null; cacheError: string | null };

/** Validates a content folder without throwing: for `content check` and tests. */
export function checkContent(dir: string = CONTENT_DIR, options: Pick<ValidateOptions, 'now'> = {}): CheckResult {
  if (!fs.existsSync(dir)) {
    return {
      articles: [],
      series: [],
      problems: [{ file: dir, field: '(folder)', message: '内容目录不存在' }],
      cache: { hits: 0, misses: 0 },
      cacheFile: null,
      cacheError: null,
    };
  }
  const { files, refused } = listContentFiles(dir);
  const cache = ParseCache.forContentDir<ParsedFile>(dir);
  const memo: ParseMemo = (f, parse) => cache.get(f.file, f.source, parse);
  const result = validateContent(readContentFiles(dir, files), { ...options, memo });
  const cacheError = cache.save();
  return { ...result, problems: [...refused, ...result.problems], cache: cache.stats, cacheFile: cache.file, cacheError };
}

/** Drafts (`draft: true`, from `content import`) are checked with the rest but never reach the site. */
export const publishedOnly = <T extends { draft?: boolean }>(articles: T[]): T[] => articles.filter((a) => !a.draft);

const loaded = processSingleton('content', () => new Map<string, Content>());

/**
 * The site's content, parsed once per process (and, through the cache, once per file change).
 * Throws a ContentError listing every problem, so a build with bad content fails with the same
 * messages as `content check`.
 */
export function loadContent(dir: string = CONTENT_DIR): Content {
  const hit = loaded.get(dir);
  if (hit) return hit;
  const { articles, series, problems } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
  const content = { articles: publishedOnly(articles), series, dir };
  loaded.set(dir, content);
  return content;
}
