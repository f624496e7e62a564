import Link from 'next/link';

export type Crumb = { label: string; href?: string };

/** 首页 › 地区 › 杭州市; the last crumb is the current page and is not a link. */
export function PlaceBreadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="位置" className="text-sm text-gray-600 dark:text-gray-400">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {crumbs.map((c, i) => (
          <li key={`${i}-${c.label}`} className="flex items-center gap-x-1.5">
            {i > 0 && <span aria-hidden="true">›</span>}
            {c.href ? (
              <Link className="hover:text-brand-700 hover:underline dark:hover:text-brand-100" href={c.href}>{c.label}</Link>
            ) : (
              <span aria-current="page">{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
