import type { Article } from '../../lib/content/schema';

/** A fixture article by slug, failing loudly when the content no longer has it. */
export function articleBySlug(articles: readonly Article[], slug: string): Article {
  const article = articles.find((a) => a.slug === slug);
  if (!article) throw new Error(`fixture article ${slug} missing`);
  return article;
}
