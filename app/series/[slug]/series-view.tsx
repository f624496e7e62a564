import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesInSeries, getSeries } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { paginate } from '@/lib/content/paginate';
import { serializeJsonLd, seriesJsonLd } from '@/lib/seo/json-ld';
import { seriesSeo } from '@/lib/seo/series-meta';
import { ArticleList } from '../../components/article-list';
import { listingMetadata } from '../../components/listing-metadata';
import { Pagination } from '../../components/pagination';
import { SourceLine } from '../../components/source-line';
import { LIST_PAGE_SIZE, pagePath } from '../../components/list-pages';

// Shared by /series/[slug] and /series/[slug]/page/[n].

function seriesPage(slug: string, n: number) {
  const content = loadContent();
  const series = getSeries(content, slug);
  if (!series) notFound();
  const articles = articlesInSeries(content, slug);
  const page = paginate(articles, n, LIST_PAGE_SIZE);
  if (!page) notFound();
  return { series, articles, page, path: pagePath(series.url, n) };
}

export function seriesMetadata(slug: string, n: number): Metadata {
  const { series, articles, path } = seriesPage(slug, n);
  const seo = seriesSeo(series, articles);
  const title = n > 1 ? `${seo.title}（第${n}页）` : seo.title;
  return listingMetadata({ title, description: seo.description, path });
}

export function SeriesView({ slug, n }: { slug: string; n: number }) {
  const { series, articles, page, path } = seriesPage(slug, n);
  const seo = seriesSeo(series, articles);
  const offset = (page.page - 1) * page.pageSize;
  return (
    <div className="max-w-[42rem]">
      <header className="border-t-4 border-brand-600 pt-4">
        <p className="text-sm font-medium text-brand-700 dark:text-brand-100">专题</p>
        <h1 className="headline mt-1">
          {series.title}
          {page.page > 1 && (
            <span className="ml-2 align-middle text-base font-normal text-gray-600 dark:text-gray-400">第 {page.page} 页</span>
          )}
        </h1>
        <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">
          {series.source && (
            <>
              <SourceLine source={series.source} /> ·{' '}
            </>
          )}
          共 {articles.length} 篇
        </p>
      </header>
      {page.page === 1 && <div className="reader reader-prose mt-5" dangerouslySetInnerHTML={{ __html: series.html }} />}
      <section aria-labelledby="series-articles" className="mt-8">
        <h2 id="series-articles" className="border-b border-gray-200 pb-2 font-serif text-xl font-bold dark:border-gray-700">
          本专题文章
        </h2>
        {articles.length > 0 ? (
          <>
            <ArticleList articles={page.items} headingLevel={3} />
            <Pagination page={page.page} pageCount={page.pageCount} href={(k) => pagePath(series.url, k)} />
          </>
        ) : (
          <p className="mt-4">这个专题还没有文章。</p>
        )}
      </section>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(seriesJsonLd(series, { items: page.items, total: page.total, offset, path }, seo.description)),
        }}
      />
    </div>
  );
}
