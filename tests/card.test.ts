import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { bylineOf, cardOf } from '../lib/site/card';
import { articleBySlug } from './helpers/articles';

const content = loadContent();
const bySlug = (slug: string) => articleBySlug(content.articles, slug);
// Two authors, one place with a district (衢州市常山县).
const article = bySlug('tongxing-xiaofang-ganen-lanyan');

describe('cardOf', () => {
  it('carries what a card shows and nothing else', () => {
    const card = cardOf(article);
    expect(Object.keys(card).sort()).toEqual(['authors', 'date', 'places', 'slug', 'summary', 'title']);
    expect(card).toMatchObject({ slug: article.slug, title: article.title, summary: article.summary, date: '2023-12-28' });
    expect(card.authors).toEqual(article.authors);
    expect(card.authors.length).toBe(2);
  });

  it('leaves the date out inside one day’s edition', () => {
    expect('date' in cardOf(article, { date: false })).toBe(false);
  });

  it('is plain JSON, so it crosses to the browser unchanged', () => {
    const card = cardOf(article);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('bylineOf', () => {
  it('names each place by city and, where known, district, with their slugs', () => {
    expect(bylineOf(article).places).toEqual([
      { city: '衢州市', citySlug: 'quzhou', district: '常山县', districtSlug: 'changshan' },
    ]);
  });

  it('gives a city-only place no district fields at all', () => {
    const cityOnly = {
      ...article,
      locations: [{ ...article.locations[0], district: null, districtShort: null, districtSlug: null }],
    };
    expect(bylineOf(cityOnly).places).toEqual([{ city: '衢州市', citySlug: 'quzhou' }]);
    expect(Object.keys(bylineOf(cityOnly).places[0]).sort()).toEqual(['city', 'citySlug']);
  });
});
