import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticle, getSeries, onwardLinks } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { articleHtml } from '@/lib/content/body';
import { articleSeo, leadText } from '@/lib/seo/article-meta';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { recentArticleParams } from '@/lib/seo/prerender';
import { NO_TWITTER_IMAGES } from '../../components/listing-metadata';
import { SITE_NAME } from '@/lib/site/config';
import { searchHref } from '@/lib/site/routes';
import { ArticleBody } from '../../components/article-body';
import { CorrectionNotes } from '../../components/correction-notes';
import { StepNav } from '../../components/step-nav';
import { ArticleAside } from './article-aside';
import { ArticleHeader } from './article-header';

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
  // Open Graph for everyone (WeChat, Weibo and X all read it). Next copies it into twitter:* tags
  // unless they are given; X falls back to og:image itself, so `images: []` keeps the five image
  // tags from being sent twice in every page (HTML and RSC data).
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
    twitter: NO_TWITTER_IMAGES,
  };
}

const chip = 'chip text-sm';

export default async function ArticlePage({ params }: Props) {
  const { content, article, series } = load((await params).slug);
  const { previous, next, related: more } = onwardLinks(content, article);
  const lead = leadText(article);

  return (
    <div className="article-layout">
      <article aria-labelledby="article-title" className="min-w-0">
        <ArticleHeader article={article} series={series} />

        {lead && (
          <p className="lead">
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
                <a className={chip} href={searchHref({ q: tag })}>
                  {`#${tag}`}
                </a>
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

      <ArticleAside article={article} related={more} />

      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticleJsonLd(article, series)) }}
      />
    </div>
  );
}
