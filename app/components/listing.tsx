import type { ReactNode } from 'react';
import type { Page } from '@/lib/content/paginate';
import type { Article } from '@/lib/content/schema';
import { newestFirst } from '@/lib/site/format';
import { ArticleList } from './article-list';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { Chips, type Chip } from './chips';
import { Pagination } from './pagination';
import { pagePath } from './list-pages';

type Props = {
  crumbs: readonly Crumb[];
  title: string;
  page: Page<Article>;
  basePath: string;
  feed?: { href: string; label: string };
  chips?: { label: string; heading: string; items: readonly Chip[] };
  /** Shown instead of the list when there are no articles at all. */
  empty: ReactNode;
  /** A line under the count, e.g. which abolished district this one absorbed. */
  note?: string;
};

/** The shared body of city, district and author pages: heading, count, sub-places, one page of articles. */
export function Listing({ crumbs, title, page, basePath, feed, chips, empty, note }: Props) {
  return (
    <div className="max-w-3xl">
      <Breadcrumbs crumbs={crumbs} path={pagePath(basePath, page.page)} />
      <header className="mt-3">
        <h1 className="font-serif text-3xl font-bold">
          {title}
          {page.page > 1 && (
            <span className="ml-2 align-middle text-base font-normal text-gray-600 dark:text-gray-400">第 {page.page} 页</span>
          )}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-gray-600 dark:text-gray-400">
          <span>
            共 <span className="tabular-nums">{page.total}</span> 篇文章{newestFirst(page.total)}
          </span>
          {feed && (
            <a
              className="underline decoration-gray-300 underline-offset-4 hover:text-brand-700 dark:decoration-gray-600 dark:hover:text-brand-100"
              href={feed.href}
            >
              {feed.label}
            </a>
          )}
        </p>
        {note && <p className="mt-1 text-sm muted">{note}</p>}
      </header>

      {chips && chips.items.length > 0 && (
        <section aria-labelledby="sub-places" className="mt-5">
          <h2 id="sub-places" className="mb-2 text-sm font-medium text-gray-700 dark:text-gray-300">
            {chips.heading}
          </h2>
          <Chips chips={chips.items} label={chips.label} />
        </section>
      )}

      {page.total === 0 ? (
        <div className="mt-8">{empty}</div>
      ) : (
        <section aria-label="文章列表" className="mt-4">
          <ArticleList articles={page.items} headingLevel={2} />
          <Pagination page={page.page} pageCount={page.pageCount} href={(n) => pagePath(basePath, n)} />
        </section>
      )}
    </div>
  );
}

/** 暂无嘉兴市的文章, and where to go instead. */
export function PlaceEmpty({
  message,
  suggestionsHeading,
  suggestions,
}: {
  message: string;
  suggestionsHeading: string;
  suggestions: readonly Chip[];
}) {
  return (
    <div role="status" className="rounded-lg border border-dashed border-gray-300 p-5 dark:border-gray-600">
      <p className="font-medium">{message}</p>
      <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">收录新的报纸版面后，相关文章会出现在这里。</p>
      {suggestions.length > 0 && (
        <>
          <p className="mb-2 mt-4 text-sm text-gray-700 dark:text-gray-300">{suggestionsHeading}</p>
          <Chips chips={suggestions} label={suggestionsHeading} />
        </>
      )}
    </div>
  );
}
