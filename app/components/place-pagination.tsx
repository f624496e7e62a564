import Link from 'next/link';
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

export function PlacePagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const cls = 'rounded-md border border-gray-300 px-3 py-1.5 hover:border-brand-600 dark:border-gray-600';
  return (
    <nav aria-label="分页" className="mt-6 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? <Link className={cls} rel="prev" href={pagePath(basePath, page - 1)}>上一页</Link> : <span />}
      <span aria-current="page">第 {page} / {pageCount} 页</span>
      {page < pageCount ? <Link className={cls} rel="next" href={pagePath(basePath, page + 1)}>下一页</Link> : <span />}
    </nav>
  );
}
