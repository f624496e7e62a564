import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageParam } from '@/lib/content/paginate';
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

/**
 * The N of a `<base>/page/N` route. Page 1 lives at the base path only: the page redirects /page/1
 * there (`basePath` is asked only then; metadata passes none, or Next sends Location twice);
 * /page/0 and /page/abc are 404s; past-the-end pages are the view's.
 */
export function laterPageNumber(segment: string, basePath?: () => string): number {
  const page = parsePageParam(segment);
  if (page === 1 && basePath) permanentRedirect(basePath());
  if (page === 1) return 1;
  if (page === null || page < 2) notFound();
  return page;
}
