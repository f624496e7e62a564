import type { Article } from '@/lib/content/schema';
import { cardOf } from '@/lib/site/card';
import { ArticleCards, type CardOptions } from './article-card';

/** Articles as cards; `date: false` inside one day's edition, where every card would repeat it. */
export function ArticleList({
  articles,
  date = true,
  ...options
}: CardOptions & { articles: readonly Article[]; date?: boolean }) {
  return <ArticleCards cards={articles.map((a) => cardOf(a, { date }))} {...options} />;
}
