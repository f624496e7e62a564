import { afterAll, describe, expect, it } from 'vitest';
import { adjacentMonths, editionMonths, monthCalendar } from '../lib/content/calendar';
import { editionGroups } from '../lib/content/edition';
import { loadContent } from '../lib/content/load';
import { printedPage, printedPageNumber, printedPages } from '../lib/content/printed-pages';
import { dayCardText, homeCardText, listingCard, listingCardAlt, periodCardText } from '../lib/share/listing-card';
import { pageLabel } from '../lib/site/format';
import { printedPageUrl } from '../lib/site/routes';
import { removeDir } from './fixtures/content/build';
import { writePagesFixture } from './fixtures/content/pages';

const dir = writePagesFixture();
afterAll(() => removeDir(dir));
const content = loadContent(dir);
const real = loadContent();

describe('printed pages of a day', () => {
  it('are the pages with articles, in page order, each with its section and articles in printed order', () => {
    const pages = printedPages(content, '2023-12-28');
    expect(pages.map((p) => [p.page, p.section, p.articles.map((a) => a.slug)])).toEqual([
      [1, '要闻', ['yaowen-yi', 'yaowen-er']],
      [5, '地方', ['difang-yi']],
      [17, '专刊', ['zhuankan-xilie', 'zhuankan-yi']],
    ]);
    expect(printedPages(real, '2023-12-28').map((p) => [p.page, p.section, p.articles.length])).toEqual([[17, '专刊', 14]]);
  });

  it('step to the page before and after (上一版/下一版), none past the ends', () => {
    const five = printedPage(content, '2023-12-28', 5);
    expect([five?.previous?.page, five?.current.page, five?.next?.page]).toEqual([1, 5, 17]);
    expect(printedPage(content, '2023-12-28', 1)?.previous).toBeUndefined();
    expect(printedPage(content, '2023-12-28', 17)?.next).toBeUndefined();
    expect(printedPage(content, '2023-12-28', 2)).toBeNull();
    expect(printedPage(content, '1999-01-01', 1)).toBeNull();
  });

  it('order the day page by page in the edition, each page’s series first', () => {
    expect(
      editionGroups(content, '2023-12-28').map((g) => [g.page, g.series?.slug ?? null, g.articles.map((a) => a.slug)]),
    ).toEqual([
      [1, null, ['yaowen-yi', 'yaowen-er']],
      [5, null, ['difang-yi']],
      [17, 'ceshi-zhuanti', ['zhuankan-xilie']],
      [17, null, ['zhuankan-yi']],
    ]);
    expect(editionGroups(content, '2023-12-28', { page: 5 }).map((g) => g.articles.map((a) => a.slug))).toEqual([['difang-yi']]);
  });

  it('have stable URLs and labels, and a page segment is told from a city slug', () => {
    expect(printedPageUrl('2023-12-28', 17)).toBe('/archive/2023/12/28/17');
    expect(pageLabel({ page: 17, section: '专刊' })).toBe('第17版（专刊）');
    expect(pageLabel({ page: 3 })).toBe('第3版');
    expect([
      printedPageNumber('17'),
      printedPageNumber('1'),
      printedPageNumber('017'),
      printedPageNumber('0'),
      printedPageNumber('hangzhou'),
      printedPageNumber('1234'),
    ]).toEqual([17, 1, null, null, null, null]);
  });
});

describe('monthCalendar', () => {
  it('lays December 2023 out Monday first, each day with its article count', () => {
    const cal = monthCalendar(real, '2023', '12');
    // 2023-12-01 was a Friday: four blank cells first; 31 days end on a Sunday.
    expect(cal.weeks[0].slice(0, 4)).toEqual([null, null, null, null]);
    expect(cal.weeks[0][4]).toEqual({ date: '2023-12-01', day: 1, count: 0 });
    expect(cal.weeks.every((w) => w.length === 7)).toBe(true);
    expect(cal.weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(cal.weeks.flat().find((d) => d?.date === '2023-12-28')?.count).toBe(14);
    expect(cal.weeks.at(-1)?.at(-1)?.day).toBe(31);
  });

  it('handles February of a leap year', () => {
    expect(monthCalendar(real, '2024', '02').weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it('lists the months with editions and steps between them', () => {
    expect(editionMonths(content)).toEqual([['2023', '12']]);
    expect(adjacentMonths(content, '2023', '12')).toEqual({ older: undefined, newer: undefined });
  });
});

describe('listing share cards', () => {
  it('say what the page is, with Chinese glyphs only from the bundled fonts', () => {
    const home = homeCardText(real);
    expect(home).toEqual({ kicker: '最新一期', title: '2023年12月28日', subtitle: '浙江日报 第17版（专刊） · 14 篇' });
    const card = listingCard(home!);
    expect(card.titleLines).toEqual(['2023年12月28日']);
    expect(card.kicker).toBe('最新一期');
    expect(card.place).toBe('浙江日报 第17版（专刊） · 14 篇');
    expect(listingCardAlt(home!)).toBe('最新一期｜2023年12月28日｜浙江日报 第17版（专刊） · 14 篇｜浙江新闻摘要');
  });

  it('name a printed page, a place of a day, and nothing for a day without paper', () => {
    expect(dayCardText(content, '2023-12-28', { page: 17 })).toEqual({
      kicker: '版面',
      title: '2023年12月28日 第17版（专刊）',
      subtitle: '浙江日报 · 2 篇',
    });
    expect(dayCardText(content, '2023-12-28', { place: '杭州市' })?.kicker).toBe('往期 · 杭州市');
    expect(dayCardText(content, '2023-12-28', { page: 2 })).toBeNull();
    expect(dayCardText(content, '1999-01-01')).toBeNull();
  });
});

describe('periodCardText', () => {
  it('names a year or month of 往期 with its editions, and nothing for one without paper', () => {
    expect(periodCardText(real, '2023', '12')).toEqual({ kicker: '往期', title: '2023年12月', subtitle: '共 1 期 · 14 篇' });
    expect(periodCardText(content, '2023')).toEqual({ kicker: '往期', title: '2023年', subtitle: '共 2 期 · 6 篇' });
    expect(periodCardText(real, '2022')).toBeNull();
  });
});
