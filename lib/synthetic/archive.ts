import fs from 'node:fs';
import path from 'node:path';
import type { Content } from '../content/validate';
import { cities } from '../places/gazetteer';
import { articlePath, generateArticles, serializeArticle, sourceFromArticles } from './generate';

/**
 * Writes a seeded synthetic archive of `count` articles (recombined from the real content) into
 * `dir` as content files, so the site can be built against it with CONTENT_DIR=dir.
 */
export function writeArchive(real: Content, dir: string, count: number, seed = 1): { files: number; bytes: number } {
  const articles = generateArticles({ source: sourceFromArticles(real.articles), cities, count, seed });
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set<string>();
  for (const a of articles) {
    const file = path.join(dir, articlePath(a));
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const text = serializeArticle(a);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: articles.length, bytes };
}
