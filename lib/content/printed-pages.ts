import { articlesOnDate } from './catalog';
import type { Article } from './schema';
import type { Content } from './validate';

/** One printed page (版) of a day's paper: its number, section and articles in printed order. */
export type PrintedPage = { page: number; section?: string; publication: string; articles: Article[] };

/**
 * The pages of the day's paper that have articles here, in page order, from each article's
 * `source`. The section is the first one an article of that page names (a page has one).
 */
export function printedPages(content: Content, date: string): PrintedPage[] {
  const pages = new Map<number, PrintedPage>();
  for (const a of articlesOnDate(content, date)) {
    const { page, section, publication } = a.source;
    const p = pages.get(page) ?? { page, section, publication, articles: [] };
    p.section ??= section;
    p.articles.push(a);
    pages.set(page, p);
  }
  return [...pages.values()].sort((a, b) => a.page - b.page);
}

/** One page of the day and the pages printed before and after it (上一版/下一版), or null. */
export function printedPage(content: Content, date: string, page: number) {
  const pages = printedPages(content, date);
  const i = pages.findIndex((p) => p.page === page);
  if (i < 0) return null;
  return { current: pages[i], previous: pages[i - 1] as PrintedPage | undefined, next: pages[i + 1] as PrintedPage | undefined, pages };
}

/** A route segment that names a printed page (`17`), as opposed to a city slug (`hangzhou`). */
export function printedPageNumber(segment: string): number | null {
  return /^[1-9]\d{0,2}$/.test(segment) ? Number(segment) : null;
}
