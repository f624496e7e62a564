import type { Article } from '@/lib/content/schema';
import { ArticleMeta } from './article-meta';

type CardOptions = { headingLevel?: 2 | 3; /** false inside one day's edition: every card would repeat it */ date?: boolean };

export function ArticleCard({ article, headingLevel = 3, date = true }: CardOptions & { article: Article }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      <Heading className="card-title">
        <a href={article.url} className="hover-brand">
          {article.title}
        </a>
      </Heading>
      <p className="card-summary">{article.summary}</p>
      <ArticleMeta article={article} date={date} />
    </article>
  );
}

export function ArticleList({ articles, ...options }: CardOptions & { articles: readonly Article[] }) {
  return (
    <div>
      {articles.map((a) => (
        <ArticleCard key={a.slug} article={a} {...options} />
      ))}
    </div>
  );
}
