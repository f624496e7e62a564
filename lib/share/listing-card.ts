import { z } from 'zod';
import { articlesByAuthor, articlesInCity, articlesInDistrict, articlesInSeries, articlesOnDate } from '../content/catalog';
import { dayCounts } from '../content/archive';
import { latestDate } from '../content/edition';
import { printedPage, printedPages } from '../content/printed-pages';
import type { Series } from '../content/schema';
import type { Content } from '../content/validate';
import type { City, District } from '../places/gazetteer';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../site/config';
import { formatDate, formatSource, pageLabel } from '../site/format';
import { CARD, type ShareCard } from './card';
import { drawable } from './fonts';
import { fitTitle } from './wrap';

/** What the share image of a listing page says: a kind of page, its name and one line about it. */
export const ListingCardTextSchema = z.object({ kicker: z.string(), title: z.string(), subtitle: z.string() });
export type ListingCardText = z.infer<typeof ListingCardTextSchema>;

/** 浙江日报 第17版（专刊） · 第18版（要闻）: the pages of a day, for a subtitle. */
function dayPages(content: Content, date: string): string {
  const pages = printedPages(content, date);
  return pages.length ? `${pages[0].publication} ${pages.map(pageLabel).join(' · ')}` : '';
}

const count = (n: number) => `${n} 篇`;

export const homeCardText = (content: Content): ListingCardText | null => {
  const date = latestDate(content);
  if (!date) return null;
  return {
    kicker: '最新一期',
    title: formatDate(date),
    subtitle: `${dayPages(content, date)} · ${count(articlesOnDate(content, date).length)}`,
  };
};

export const cityCardText = (content: Content, city: City): ListingCardText => ({
  kicker: '地区',
  title: city.name,
  subtitle: `浙江省${city.name}的新闻 · ${count(articlesInCity(content, city.slug).length)}`,
});

export const districtCardText = (content: Content, city: City, district: District): ListingCardText => ({
  kicker: '地区',
  title: `${city.name}${district.name}`,
  subtitle: `浙江省${city.name}${district.name}的新闻 · ${count(articlesInDistrict(content, city.slug, district.slug).length)}`,
});

export const authorCardText = (content: Content, name: string): ListingCardText => ({
  kicker: '作者',
  title: name,
  subtitle: `${name}的文章 · ${count(articlesByAuthor(content, name).length)}`,
});

export const seriesCardText = (content: Content, series: Series): ListingCardText => ({
  kicker: '专题',
  title: series.title,
  subtitle: [series.source && formatSource(series.source), count(articlesInSeries(content, series.slug).length)]
    .filter(Boolean)
    .join(' · '),
});

export const archiveCardText = (content: Content): ListingCardText => {
  const days = dayCounts(content);
  const span = days.length ? `${formatDate(days[days.length - 1].date)}至${formatDate(days[0].date)}` : '';
  return { kicker: '往期', title: '往期报纸', subtitle: [span, `共 ${days.length} 期`].filter(Boolean).join(' · ') };
};

/** A year or a month of 往期 (`2023`, `2023`/`12`), or null when it has no paper. */
export function periodCardText(content: Content, year: string, month?: string): ListingCardText | null {
  const prefix = month ? `${year}-${month}-` : `${year}-`;
  const days = dayCounts(content).filter((d) => d.date.startsWith(prefix));
  if (days.length === 0) return null;
  const articles = days.reduce((n, d) => n + d.count, 0);
  return {
    kicker: '往期',
    title: month ? `${year}年${Number(month)}月` : `${year}年`,
    subtitle: `共 ${days.length} 期 · ${count(articles)}`,
  };
}

/** A day of 往期, filtered to a place (`place`, already named) or one printed page. */
export function dayCardText(
  content: Content,
  date: string,
  filter: { place?: string; page?: number } = {},
): ListingCardText | null {
  const day = articlesOnDate(content, date);
  if (day.length === 0) return null;
  if (filter.page !== undefined) {
    const p = printedPage(content, date, filter.page);
    if (!p) return null;
    return {
      kicker: '版面',
      title: `${formatDate(date)} ${pageLabel(p.current)}`,
      subtitle: `${p.current.publication} · ${count(p.current.articles.length)}`,
    };
  }
  return {
    kicker: filter.place ? `往期 · ${filter.place}` : '往期',
    title: formatDate(date),
    subtitle: `${dayPages(content, date)} · ${count(day.length)}`,
  };
}

/** The alt text of a listing share image: what it shows, in reading order. */
export const listingCardAlt = (t: ListingCardText) => `${t.kicker}｜${t.title}｜${t.subtitle}｜${SITE_NAME}`;

/** A listing page's share card, drawn by the same image as an article's (app/articles/[slug]/share-card.tsx). */
export function listingCard(t: ListingCardText): ShareCard {
  const box = CARD.width - 2 * CARD.padX - 24;
  const title = fitTitle(drawable(t.title, 'Noto Serif SC'), box, CARD.titleSizes, 2, 2);
  return {
    siteName: SITE_NAME,
    host: new URL(SITE_URL).host,
    kicker: drawable(t.kicker, 'Noto Sans SC'),
    titleLines: title.lines,
    titleSize: title.fontSize,
    place: drawable(t.subtitle, 'Noto Sans SC'),
    date: '',
    source: drawable(SITE_DESCRIPTION, 'Noto Sans SC'),
  };
}
