import Link from 'next/link';
import type { Article } from '@/lib/content/schema';
import { ArticleMeta } from './article-meta';

export function ArticleCard({ article, headingLevel = 3 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="border-b border-gray-200 py-4 last:border-b-0 dark:border-gray-700">
      <Heading className="font-serif text-xl font-bold leading-snug">
        <Link href={article.url} className="hover:text-brand-700 dark:hover:text-brand-100">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-1 text-[15px] text-gray-700 dark:text-gray-300">{article.summary}</p>
      <div className="mt-2"><ArticleMeta article={article} /></div>
    </article>
  );
}

export function ArticleList({ articles, headingLevel }: { articles: readonly Article[]; headingLevel?: 2 | 3 }) {
  return (
    <div>
      {articles.map((a) => (
        <ArticleCard key={a.slug} article={a} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
