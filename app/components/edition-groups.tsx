import type { EditionGroup } from '@/lib/content/edition';
import { pageLabel } from '@/lib/site/format';
import { printedPageUrl } from '@/lib/site/routes';
import { ArticleList } from './article-list';

/**
 * A day's articles as printed: a heading for each page (版) linking to its own view when
 * `pageHeadings` is on, then on each page its series with the intro, then the other articles.
 */
export function EditionGroups({
  groups,
  date,
  pageHeadings,
  sections,
}: {
  groups: readonly EditionGroup[];
  date: string;
  pageHeadings: boolean;
  /** Section name per page number, for the page headings. */
  sections: ReadonlyMap<number, string | undefined>;
}) {
  return groups.map((g, i) => {
    const heading = pageHeadings && g.page !== groups[i - 1]?.page && (
      <h2 className="mt-8 border-b-2 border-gray-900 pb-1 font-serif text-lg font-bold dark:border-gray-200">
        <a className="hover-brand" href={printedPageUrl(date, g.page)}>
          {pageLabel({ page: g.page, section: sections.get(g.page) })}
        </a>
      </h2>
    );
    const inner = pageHeadings ? 3 : 2;
    const SeriesHeading = pageHeadings ? 'h3' : 'h2';
    return g.series ? (
      <section key={`${g.page}-${g.series.slug}`} aria-labelledby={`series-${g.series.slug}`}>
        {heading}
        <div className="mt-6 rounded-lg border-t-4 border-brand-600 bg-brand-50 p-4 dark:bg-gray-800">
          <p className="text-sm font-medium text-brand-700 dark:text-brand-100">专题</p>
          <SeriesHeading id={`series-${g.series.slug}`} className="font-serif text-2xl font-bold">
            <a href={g.series.url} className="hover-brand">
              {g.series.title}
            </a>
          </SeriesHeading>
          <div
            className="mt-2 text-[15px] text-gray-700 dark:text-gray-300"
            dangerouslySetInnerHTML={{ __html: g.series.html }}
          />
          <ArticleList articles={g.articles} date={false} />
        </div>
      </section>
    ) : (
      <section key={`${g.page}-rest`} aria-label={groups[i - 1]?.page === g.page ? '本版其他文章' : '本版文章'} className="mt-6">
        {heading}
        <ArticleList articles={g.articles} headingLevel={inner} date={false} />
      </section>
    );
  });
}
