import { z } from 'zod';
import type { Article, Series } from '../content/schema';
import { SITE_FEED_PATH } from '../feeds/site';
import { SITE_NAME, absoluteUrl } from '../site/config';
import { formatDate, formatSource, placesLine, publishedTime } from '../site/format';
import { authorUrl, cityFeedUrl } from '../site/routes';
import { canonicalUrl } from './urls';

/**
 * The section an article is filed under: its series when it has one (that is how the site groups
 * it), else the printed section of the source page, else its first city.
 */
export function articleSection(article: Article, series?: Series): string {
  return series?.title ?? article.source.section ?? article.locations[0].city;
}

/** Alt text of the generated share image: what the card shows, in reading order. */
export function shareImageAlt(article: Article): string {
  const places = placesLine(article.locations);
  return `${article.title}｜${places}｜${formatDate(article.date)}｜${SITE_NAME}`;
}

export const ArticleSeoSchema = z.object({
  title: z.string(),
  description: z.string(),
  canonical: z.url(),
  publishedTime: z.string(),
  /** Absolute author page URLs: Open Graph's article:author is a profile, not a bare name. */
  authorUrls: z.array(z.url()),
  section: z.string(),
  tags: z.array(z.string()),
  imageAlt: z.string(),
  source: z.string(),
  /** RSS feeds to advertise: the article's cities, then the whole site. */
  feeds: z.array(z.object({ url: z.url(), title: z.string() })),
});
export type ArticleSeo = z.infer<typeof ArticleSeoSchema>;

/**
 * Everything the article page's metadata needs, framework-free; app/ maps it onto Next's Metadata.
 * A page's `alternates` and `openGraph` replace the layout's wholesale, hence feeds and site name here.
 */
export function articleSeo(article: Article, series?: Series): ArticleSeo {
  return {
    title: article.title,
    description: article.summary,
    canonical: canonicalUrl(article),
    publishedTime: publishedTime(article.date),
    authorUrls: article.authors.map((name) => absoluteUrl(authorUrl(name))),
    section: articleSection(article, series),
    tags: article.tags,
    imageAlt: shareImageAlt(article),
    source: formatSource(article.source),
    feeds: [
      ...[...new Map(article.locations.map((l) => [l.citySlug, l.city])).entries()].map(([slug, city]) => ({
        url: absoluteUrl(cityFeedUrl(slug)),
        title: `${SITE_NAME}·${city}`,
      })),
      { url: absoluteUrl(SITE_FEED_PATH), title: SITE_NAME },
    ],
  };
}

/**
 * The summary to show as the article's lead, or null when it only repeats the opening of the
 * body (an article without an editor's summary gets its first sentence as summary).
 */
export function leadText(article: Article): string | null {
  const summary = article.summary.replace(/…$/, '');
  return article.text.startsWith(summary) ? null : article.summary;
}
