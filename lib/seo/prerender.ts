import type { Content } from '../content/validate';

/**
 * How many article pages a build renders ahead of time. Readers and crawlers mostly ask for
 * recent articles; older ones render on first request (dynamicParams) and are cached then, so a
 * large archive does not make every build slower.
 */
export const PRERENDER_LIMIT = 500;

/** Route params for the newest `limit` articles (content is sorted newest first). */
export function recentArticleParams(content: Content, limit: number = PRERENDER_LIMIT): { slug: string }[] {
  return content.articles.slice(0, limit).map((a) => ({ slug: a.slug }));
}
