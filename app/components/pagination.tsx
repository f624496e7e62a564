import Link from 'next/link';
import { withPage } from '@/lib/site/routes';

/** Previous / next and the page number; every page is a shareable URL. */
export function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const cls = 'rounded-md border border-gray-300 px-3 py-1.5 hover:border-brand-600 dark:border-gray-600';
  return (
    <nav aria-label="分页" className="mt-6 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? <Link className={cls} rel="prev" href={withPage(basePath, page - 1)}>上一页</Link> : <span />}
      <span aria-current="page">第 {page} / {pageCount} 页</span>
      {page < pageCount ? <Link className={cls} rel="next" href={withPage(basePath, page + 1)}>下一页</Link> : <span />}
    </nav>
  );
}
