import fs from 'node:fs';
import path from 'node:path';
import { processSingleton } from '../process-singleton';
import { ParseCache, type CacheStats } from './cache';
import { CONTENT_DIR } from './config';
import { ContentError } from './problems';
import { validateContent, type Content, type ParsedFile, type SourceFile, type ValidationResult } from './validate';

/** Every `.md` file below `dir`, as paths relative to it with forward slashes, sorted. */
export function listMarkdownFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort();
}

/** Files are read one at a time as they are parsed, so only the parsed records stay in memory. */
export function* readContentFiles(dir: string): Generator<SourceFile> {
  for (const file of listMarkdownFiles(dir)) yield { file, source: fs.readFileSync(path.join(dir, file), 'utf8') };
}

export type CheckResult = ValidationResult & { cache: CacheStats };

/** Validates a content folder without throwing: for `content check` and tests. */
export function checkContent(dir: string = CONTENT_DIR): CheckResult {
  if (!fs.existsSync(dir)) {
    return {
      articles: [],
      series: [],
      problems: [{ file: dir, field: '(folder)', message: '内容目录不存在' }],
      cache: { hits: 0, misses: 0 },
    };
  }
  const cache = ParseCache.forContentDir<ParsedFile>(dir);
  const result = validateContent(readContentFiles(dir), (f, parse) => cache.get(f.file, f.source, parse));
  cache.save();
  return { ...result, cache: cache.stats };
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
