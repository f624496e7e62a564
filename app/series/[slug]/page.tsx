import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesInSeries, getSeries } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { serializeJsonLd, seriesJsonLd } from '@/lib/seo/json-ld';
import { seriesSeo } from '@/lib/seo/series-meta';
import { SITE_NAME } from '@/lib/site/config';
import { ArticleList } from '../../components/article-card';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return loadContent().series.map((s) => ({ slug: s.slug }));
}

function load(slug: string) {
  const content = loadContent();
  const series = getSeries(content, slug);
  if (!series) notFound();
  return { series, articles: articlesInSeries(content, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { series, articles } = load((await params).slug);
  const seo = seriesSeo(series, articles);
  return {
    title: seo.title,
    description: seo.description,
    alternates: { canonical: seo.canonical },
    openGraph: { type: 'website', siteName: SITE_NAME, locale: 'zh_CN', url: seo.canonical, title: seo.title, description: seo.description },
    twitter: { card: 'summary', title: seo.title, description: seo.description },
  };
}

export default async function SeriesPage({ params }: Props) {
  const { series, articles } = load((await params).slug);
  const seo = seriesSeo(series, articles);
  return (
    <div className="max-w-[42rem]">
      <header className="border-t-4 border-brand-600 pt-4">
        <p className="text-sm font-medium text-brand-700 dark:text-brand-100">专题</p>
        <h1 className="mt-1 font-serif text-[1.75rem] font-bold leading-snug tracking-wide text-balance sm:text-4xl sm:leading-tight">{series.title}</h1>
        <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">
          {seo.source && <>{seo.source} · </>}共 {articles.length} 篇
        </p>
      </header>
      <div
        className="reader prose prose-gray mt-5 max-w-none text-gray-700 dark:prose-invert prose-p:my-[0.85em] dark:text-gray-300"
        dangerouslySetInnerHTML={{ __html: series.html }}
      />
      <section aria-labelledby="series-articles" className="mt-8">
        <h2 id="series-articles" className="border-b border-gray-200 pb-2 font-serif text-xl font-bold dark:border-gray-700">本专题文章</h2>
        {articles.length > 0 ? <ArticleList articles={articles} headingLevel={3} /> : <p className="mt-4">这个专题还没有文章。</p>}
      </section>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(seriesJsonLd(series, articles, seo.description)) }} />
    </div>
  );
}
