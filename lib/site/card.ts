import type { Article } from '../content/schema';
import { placesLine } from './format';

/**
 * What a listing shows of an article: its card. Listings send cards to the browser as data and
 * render them there (app/components/article-card.tsx), so a card travels in the page's RSC
 * payload once as a few strings instead of as a tree of elements (the home page ~20 % lighter).
 */
export type CardPlace = { city: string; citySlug: string; district?: string; districtSlug?: string };
export type Byline = {
  authors: readonly string[];
  places: readonly CardPlace[];
  /** Left out inside one day's edition. */ date?: string;
};
export type Card = Byline & { slug: string; title: string; summary: string };

/** An article's places as a byline names them: city, then district where there is one. */
export const placesOf = (article: Article): CardPlace[] =>
  article.locations.map((p) =>
    p.district && p.districtSlug
      ? { city: p.city, citySlug: p.citySlug, district: p.district, districtSlug: p.districtSlug }
      : { city: p.city, citySlug: p.citySlug },
  );

/** The byline of an article: authors, places (city, then district) and, unless `date` is false, its date. */
export function bylineOf(article: Article, { date = true }: { date?: boolean } = {}): Byline {
  const places = placesOf(article);
  return date ? { authors: article.authors, places, date: article.date } : { authors: article.authors, places };
}

export function cardOf(article: Article, options: { date?: boolean } = {}): Card {
  return { slug: article.slug, title: article.title, summary: article.summary, ...bylineOf(article, options) };
}

/** A line of a short list beside an article (related articles): title, where, when. */
export type SideItem = { slug: string; title: string; where: string; date: string };

export function sideItemOf(article: Article): SideItem {
  return { slug: article.slug, title: article.title, where: placesLine(article.locations), date: article.date };
}
