// The site's feeds: whole-site and per-city, both built from the catalog with the same builder.
import { articleHtml } from '../content/body';
import { articlesInCity } from '../content/catalog';
import type { Article } from '../content/schema';
import type { Content } from '../content/validate';
import type { City } from '../places/gazetteer';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL, absoluteUrl } from '../site/config';
import { placeName } from '../site/format';
import { cityFeedUrl, cityUrl } from '../site/routes';
import { FEED_ITEM_LIMIT, buildRss, type RssItem } from './rss';

export const SITE_FEED_PATH = '/feed.xml';

/**
 * Root-relative href/src in article HTML would resolve against the feed reader's own origin, so
 * they are made absolute. Sanitized Markdown output always double-quotes attributes.
 */
export function absolutizeLinks(html: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${SITE_URL}/`);
}

/** Each place as its city and, when known, its full district name: 温州市, 温州市苍南县. */
export function placeCategories(article: Article): string[] {
  return [...new Set(article.locations.flatMap((p) => (p.district ? [p.city, placeName(p)] : [p.city])))];
}

export function articleToRssItem(content: Content, article: Article): RssItem {
  return {
    title: article.title,
    link: absoluteUrl(article.url),
    date: article.date,
    creators: article.authors,
    categories: placeCategories(article),
    description: article.summary,
    contentHtml: absolutizeLinks(articleHtml(content, article)),
  };
}

// Catalog lists are already newest first: cut before mapping so a large archive costs 50 items, not all.
const latest = (content: Content, articles: readonly Article[]) =>
  articles.slice(0, FEED_ITEM_LIMIT).map((a) => articleToRssItem(content, a));

export function siteFeed(content: Content): string {
  return buildRss({
    title: SITE_NAME,
    link: absoluteUrl('/'),
    selfUrl: absoluteUrl(SITE_FEED_PATH),
    description: SITE_DESCRIPTION,
    items: latest(content, content.articles),
  });
}

export function cityFeed(content: Content, city: City): string {
  return buildRss({
    title: `${city.name}｜${SITE_NAME}`,
    link: absoluteUrl(cityUrl(city.slug)),
    selfUrl: absoluteUrl(cityFeedUrl(city.slug)),
    description: `${SITE_NAME}收录的${city.name}新闻，最新文章在前。`,
    items: latest(content, articlesInCity(content, city.slug)),
  });
}
