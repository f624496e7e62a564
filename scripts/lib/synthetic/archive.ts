import fs from 'node:fs';
import path from 'node:path';
import type { Content } from '../../../lib/content/validate';
import { cities } from '../../../lib/places/gazetteer';
import { articlePath, generateArticles, serializeArticle, sourceFromArticles } from './generate';

/**
 * A long-running series in every synthetic archive: one article in SERIES_EVERY (by position, so
 * the generator's random sequence, and with it the search benchmark, is unchanged) belongs to it,
 * which gives a large archive a series listing that needs paging.
 */
export const SYNTHETIC_SERIES = { slug: 'jiceng-guancha', title: '基层观察' } as const;
export const SERIES_EVERY = 50;

const seriesFile = () =>
  [
    '---',
    `title: ${SYNTHETIC_SERIES.title}`,
    `slug: ${SYNTHETIC_SERIES.slug}`,
    '---',
    '',
    '合成档案中的长期专栏，每五十篇文章中有一篇属于它。',
    '',
  ].join('\n');

/**
 * Writes a seeded synthetic archive of `count` articles (recombined from the real content) into
 * `dir` as content files, so the site can be built against it with CONTENT_DIR=dir.
 */
export function writeArchive(real: Content, dir: string, count: number, seed = 1): { files: number; bytes: number } {
  const articles = generateArticles({ source: sourceFromArticles(real.articles), cities, count, seed });
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set<string>();
  fs.mkdirSync(path.join(dir, 'series'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'series', `${SYNTHETIC_SERIES.slug}.md`), seriesFile());
  for (const [i, generated] of articles.entries()) {
    const a = i % SERIES_EVERY === SERIES_EVERY - 1 ? { ...generated, series: SYNTHETIC_SERIES.slug } : generated;
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
