import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archiveTrail } from '@/lib/content/archive';
import { loadContent } from '@/lib/content/load';
import { editionGroups } from '@/lib/content/edition';
import { printedPage } from '@/lib/content/printed-pages';
import { summarize } from '@/lib/content/validate';
import { formatDate, pageLabel } from '@/lib/site/format';
import { editionUrl, printedPageUrl } from '@/lib/site/routes';
import { chipClass } from '../../../../components/chips';
import { EditionGroups } from '../../../../components/edition-groups';
import { Breadcrumbs } from '../../../../components/breadcrumbs';
import { listingMetadata } from '../../../../components/listing-metadata';
import { StepNav } from '../../../../components/step-nav';

function load(date: string, page: number) {
  const content = loadContent();
  const found = printedPage(content, date, page);
  if (!found) notFound();
  return { content, ...found };
}

export function printedPageMetadata(date: string, page: number): Metadata {
  const { current } = load(date, page);
  const title = `${current.publication} ${formatDate(date)} ${pageLabel(current)}`;
  return listingMetadata({
    title,
    description: summarize(`${title}，${current.articles.length} 篇：${current.articles.map((a) => a.title).join('；')}`, 120),
    path: printedPageUrl(date, page),
  });
}

/**
 * One printed page (版) of a day, as readers of the paper know it: its section, its articles in
 * printed order, the day's other pages and 上一版/下一版.
 */
export function PrintedPageView({ date, page }: { date: string; page: number }) {
  const { content, current, previous, next, pages } = load(date, page);
  const trail = archiveTrail(date);
  const crumbs = [
    ...trail.crumbs.slice(0, -1),
    { label: trail.crumbs[trail.crumbs.length - 1].label, href: editionUrl(date) },
    { label: `第${page}版` },
  ];
  const step = (p: typeof current, label: string) => ({ label, href: printedPageUrl(date, p.page), title: pageLabel(p) });
  return (
    <div>
      <div className="mb-3">
        <Breadcrumbs crumbs={crumbs} path={printedPageUrl(date, page)} />
      </div>
      <p className="text-sm font-medium text-brand-700 dark:text-brand-100">版面</p>
      <h1 className="font-serif text-3xl font-bold">
        第{page}版{current.section && <span className="ml-3 text-2xl">{current.section}</span>}
      </h1>
      <p className="muted mt-1 text-sm">
        {current.publication} <time dateTime={date}>{formatDate(date)}</time> · 本版 {current.articles.length} 篇 ·{' '}
        <a className="meta-link" href={editionUrl(date)}>
          本期全部文章
        </a>
      </p>
      {pages.length > 1 && (
        <nav aria-label="本期各版" className="mt-5">
          <ul className="flex flex-wrap gap-2 text-sm">
            {pages.map((p) => (
              <li key={p.page}>
                <a
                  className={chipClass(p.page === page)}
                  href={printedPageUrl(date, p.page)}
                  aria-current={p.page === page ? 'page' : undefined}
                >
                  {pageLabel(p)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <EditionGroups groups={editionGroups(content, date, { page })} date={date} pageHeadings={false} sections={new Map()} />
      <StepNav label="上一版、下一版" previous={previous && step(previous, '上一版')} next={next && step(next, '下一版')} />
    </div>
  );
}
