import { PRERENDER_LIST_PAGES } from '@/lib/site/config';

/** Articles per list page (cities, districts, authors). */
export const LIST_PAGE_SIZE = 20;

/**
 * Page N of a list lives at `<base>/page/N` rather than `?page=N`, so every page can be generated
 * at build time; page 1 is the base path itself, the only URL it has.
 */
export const pagePath = (basePath: string, page: number) => (page <= 1 ? basePath : `${basePath}/page/${page}`);

/** Page numbers 2…pageCount, at most up to PRERENDER_LIST_PAGES: those generated at build time. */
export function laterPages(total: number): number[] {
  const pageCount = Math.min(Math.ceil(total / LIST_PAGE_SIZE), PRERENDER_LIST_PAGES);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2);
}
