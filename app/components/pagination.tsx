/** Previous / next and the page number; every page is a shareable URL made by `href`. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const cls = 'rounded-md border border-gray-300 px-3 py-1.5 hover:border-brand-600 dark:border-gray-600';
  return (
    <nav aria-label="分页" className="mt-6 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <a className={cls} rel="prev" href={href(page - 1)}>
          上一页
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? (
        <a className={cls} rel="next" href={href(page + 1)}>
          下一页
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
