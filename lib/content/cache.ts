import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import gazetteerData from '../places/zhejiang.json';
import { zones } from '../places/zones';

/**
 * A persistent cache of parse results keyed by file content, so that an unchanged article is not
 * parsed again on the next build or start (Markdown + validation is ~1 ms a file: minutes for
 * 100 000). Entries are keyed by a hash of the path, the source and the parser version, so any
 * change to either re-parses just that file.
 */
export type CacheStats = { hits: number; misses: number };

// Bump when parsing or validation changes what it produces; the gazetteer is part of it
// because locations are resolved while parsing.
const PARSER_VERSION = `5:${hash(JSON.stringify([gazetteerData, zones]))}`;

function hash(s: string): string {
  return crypto.createHash('sha1').update(s).digest('base64url');
}

export const cacheKey = (file: string, source: string) => hash(`${PARSER_VERSION}\0${file}\0${source}`);

/**
 * CONTENT_CACHE=0 turns the cache off; CONTENT_CACHE_DIR moves it. Otherwise it lives next to the
 * content: `.cache/content/` beside the project's own `content/`, and a hidden `.cache/` inside any
 * other content folder (hidden folders are never read as content), so checking a folder elsewhere
 * does not write into whatever directory the command was run from.
 */
const cacheDir = (contentDir: string) => {
  if (process.env.CONTENT_CACHE_DIR) return path.resolve(process.env.CONTENT_CACHE_DIR);
  const dir = path.resolve(contentDir);
  return dir === path.join(process.cwd(), 'content') ? path.join(process.cwd(), '.cache', 'content') : path.join(dir, '.cache');
};
const cacheEnabled = () => process.env.CONTENT_CACHE !== '0';

// Caches derived from a content folder: one file each, named by a hash of the folder. The
// suffixes are literals on purpose: a computed one makes Turbopack trace every file in the project.
const cacheBase = (contentDir: string) => path.join(cacheDir(contentDir), hash(path.resolve(contentDir)));

/** The parse cache of a content folder, or null when caching is off. */
export const parseCacheFile = (contentDir: string) => (cacheEnabled() ? `${cacheBase(contentDir)}.v8` : null);

/** The saved search index of a content folder, or null when caching is off. */
export const searchIndexFile = (contentDir: string) => (cacheEnabled() ? `${cacheBase(contentDir)}.search.v8` : null);

/** Writes then renames, so a parallel reader (build workers, a second server) never sees half a file. */
export function writeAtomically(file: string, data: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

export class ParseCache<T> {
  private readonly entries: Map<string, T>;
  private readonly used = new Set<string>();
  private dirty = false;
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  constructor(readonly file: string | null) {
    this.entries = file ? readEntries<T>(file) : new Map();
  }

  /** One cache file per content folder. */
  static forContentDir<T>(contentDir: string): ParseCache<T> {
    return new ParseCache<T>(parseCacheFile(contentDir));
  }

  get(file: string, source: string, parse: () => T): T {
    const key = cacheKey(file, source);
    this.used.add(key);
    if (this.entries.has(key)) {
      this.stats.hits++;
      return this.entries.get(key) as T;
    }
    this.stats.misses++;
    const value = parse();
    this.entries.set(key, value);
    this.dirty = true;
    return value;
  }

  /**
   * Writes the entries used in this run (dropping those of deleted or changed files). Returns why
   * it could not (a read-only folder, say) instead of throwing: the cache only saves time.
   */
  save(): string | null {
    if (!this.file) return null;
    if (!this.dirty && this.used.size === this.entries.size) return null;
    const kept = new Map([...this.entries].filter(([k]) => this.used.has(k)));
    try {
      writeAtomically(this.file, v8.serialize(kept));
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}

function readEntries<T>(file: string): Map<string, T> {
  try {
    const value: unknown = v8.deserialize(fs.readFileSync(file));
    return value instanceof Map ? (value as Map<string, T>) : new Map();
  } catch {
    return new Map(); // missing or unreadable cache: parse everything
  }
}
