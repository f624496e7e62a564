import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle, getSeries, neighbours, related } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { articleHtml } from '@/lib/content/body';
import type { Article } from '@/lib/content/schema';
import { articleSeo, leadText } from '@/lib/seo/article-meta';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { recentArticleParams } from '@/lib/seo/prerender';
import { articleQrUrl, articleShare } from '@/lib/share/links';
import { SITE_NAME } from '@/lib/site/config';
import { formatDate, placeName } from '@/lib/site/format';
import { ArticleBody } from '../../components/article-body';
import { CorrectionNotes } from '../../components/correction-notes';
import { Authors, Places } from '../../components/article-meta';
import { FontSizeControl } from '../../components/font-size-control';
import { ShareBar } from '../../components/share-bar';
import { ShareQr } from '../../components/share-qr';
import { SourceLine } from '../../components/source-line';
import { StepNav } from '../../components/step-nav';

type Props = { params: Promise<{ slug: string }> };

// Older articles than the pre-rendered ones render on first request, then are cached.
export const dynamicParams = true;

export function generateStaticParams() {
  return recentArticleParams(loadContent());
}

function load(slug: string) {
  const content = loadContent();
  const article = getArticle(content, slug);
  if (!article) notFound();
  const series = article.series ? getSeries(content, article.series) : undefined;
  return { content, article, series };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, series } = load((await params).slug);
  const seo = articleSeo(article, series);
  // Open Graph only (WeChat, Weibo and X all read it); X takes og:title, og:description and
  // og:image when its own tags are missing, so they are not repeated in every page.
  return {
    title: seo.title,
    description: seo.description,
    authors: article.authors.map((name) => ({ name })),
    alternates: { canonical: seo.canonical, types: { 'application/rss+xml': seo.feeds } },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      locale: 'zh_CN',
      url: seo.canonical,
      title: seo.title,
      description: seo.description,
      publishedTime: seo.publishedTime,
      authors: seo.authorUrls,
      section: seo.section,
      tags: seo.tags,
    },
    twitter: { card: 'summary_large_image' },
  };
}

const chip = 'chip text-sm';

function SideList({ articles }: { articles: readonly Article[] }) {
  return (
    <ul className="divide-y divide-gray-200 dark:divide-gray-700">
      {articles.map((a) => (
        <li key={a.slug} className="py-3">
          <Link href={a.url} className="hover-brand inline-block py-1 font-serif text-base font-bold leading-snug">
            {a.title}
          </Link>
          <p className="muted mt-1 text-xs">
            {a.locations.map(placeName).join('、')} · <time className="whitespace-nowrap" dateTime={a.date}>{formatDate(a.date)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function ArticlePage({ params }: Props) {
  const { content, article, series } = load((await params).slug);
  const { previous, next } = neighbours(content, article);
  const more = related(content, article);
  const share = articleShare(article);
  const seo = articleSeo(article, series);
  const lead = leadText(article);

  return (
    <div className="gap-12 lg:grid lg:grid-cols-[minmax(0,42rem)_16rem] lg:justify-between">
      <article aria-labelledby="article-title" className="min-w-0">
        <header>
          {series && (
            <p className="mb-2 text-sm font-medium">
              <Link href={series.url} className="inline-flex items-center py-1 text-brand-700 hover:underline dark:text-brand-100">
                <span className="mr-1.5 rounded-sm bg-brand-600 px-1.5 py-0.5 text-xs text-white">专题</span>
                {series.title}
              </Link>
            </p>
          )}
          <h1 id="article-title" className="font-serif text-[1.75rem] font-bold leading-snug tracking-wide text-balance sm:text-4xl sm:leading-tight">
            {article.title}
          </h1>
          {article.editorTitle && (
            <p className="mt-1 muted text-xs">（标题为编者所加，原文无标题）</p>
          )}
          {/* Inline runs, not flex items: with three authors the names wrap, not the date alone. */}
          <dl className="meta-list mt-4 muted text-sm">
            <div>
              <dt>作者</dt>
              <dd><Authors names={article.authors} /></dd>
            </div>
            <div>
              <dt>地点</dt>
              <dd><Places places={article.locations} /></dd>
            </div>
            <div>
              <dt className="sr-only">日期</dt>
              <dd className="whitespace-nowrap"><time dateTime={article.date}>{formatDate(article.date)}</time></dd>
            </div>
          </dl>
          <p className="mt-1 muted text-sm">
            来源：<SourceLine source={article.source} date={article.date} />
            {article.source.url && (
              <>
                {' · '}
                <a href={article.source.url} rel="noopener noreferrer" className="meta-link">原报网页</a>
              </>
            )}
          </p>
          <div className="no-print mt-4 flex flex-wrap items-center justify-between gap-3 border-y border-gray-200 py-2 dark:border-gray-700">
            <FontSizeControl />
            <ShareBar title={share.title} text={share.text} />
          </div>
        </header>

        {lead && (
          <p className="mt-6 border-l-4 border-brand-600 pl-4 text-[calc(1.125rem*var(--reader-scale))] leading-relaxed text-gray-700 dark:text-gray-300">
            <span className="muted mb-1 block text-sm font-medium">摘要（编者）</span>
            {lead}
          </p>
        )}

        <div className="mt-6">
          <ArticleBody html={articleHtml(content, article)} />
        </div>

        {article.tags.length > 0 && (
          <ul aria-label="标签" className="mt-8 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag}>
                <Link className={chip} href={`/search?q=${encodeURIComponent(tag)}`}>#{tag}</Link>
              </li>
            ))}
          </ul>
        )}

        <CorrectionNotes corrections={article.corrections} />

        <StepNav
          label="本期上一篇、下一篇"
          previous={previous && { label: '上一篇', href: previous.url, title: previous.title }}
          next={next && { label: '下一篇', href: next.url, title: next.title }}
        />
      </article>

      <aside aria-label="分享与相关文章" className="mt-10 space-y-8 lg:mt-0">
        <section aria-labelledby="share-heading" className="no-print hidden lg:block">
          <h2 id="share-heading" className="mb-3 font-serif text-lg font-bold">分享本文</h2>
          <ShareQr src={articleQrUrl(article)} title={article.title} />
        </section>
        {more.length > 0 && (
          <section aria-labelledby="related-heading" className="no-print">
            <h2 id="related-heading" className="font-serif text-lg font-bold">相关文章</h2>
            <SideList articles={more} />
          </section>
        )}
      </aside>

      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticleJsonLd(article, series)) }} />
    </div>
  );
}
