import { describe, expect, it } from 'vitest';
import {
  articlesByAuthor,
  articlesInCity,
  articlesInDistrict,
  articlesInSeries,
  articlesOnDate,
  authors,
  catalog,
  cityCounts,
  districtCounts,
  getArticle,
  neighbours,
  onwardLinks,
  related,
} from '../lib/content/catalog';
import { adjacentDays, dayCounts, previousDays } from '../lib/content/archive';
import { archiveUrl } from '../lib/site/routes';
import { editionGroups, latestDate, matchesPlace, placeCounts } from '../lib/content/edition';
import { loadContent } from '../lib/content/load';
import { paginate, parsePageParam } from '../lib/content/paginate';
import { validateContent, type Content } from '../lib/content/validate';
import { cities, cityBySlug } from '../lib/places/gazetteer';

const content = loadContent();
const slugs = (list: readonly { slug: string }[]) => list.map((a) => a.slug);
const byOrder = (order: number) => content.articles.find((a) => a.order === order)!;

/** Synthetic archive: one article per spec, each with its own date, places and authors. */
type Spec = { slug: string; date: string; places: [string, string?][]; authors?: string[]; series?: string; order?: number };
function synthetic(specs: Spec[]): Content {
  const files = specs.map((s, i) => {
    const locations = s.places
      .map(([city, district]) => `\n  - city: ${city}${district ? `\n    district: ${district}` : ''}`)
      .join('');
    const fm = [
      `title: 测试文章${i}`,
      `slug: ${s.slug}`,
      `authors: [${(s.authors ?? ['测试']).join(', ')}]`,
      `locations:${locations}`,
      `date: "${s.date}"`,
      `source:\n  publication: 测试报\n  date: "${s.date}"\n  page: 1`,
      ...(s.series ? [`series: ${s.series}`] : []),
      ...(s.order !== undefined ? [`order: ${s.order}`] : []),
    ];
    return {
      file: `${s.date.replaceAll('-', '/')}/${s.slug}.md`,
      source: `---\n${fm.join('\n')}\n---\n\n第${i}篇的正文，内容各不相同。\n`,
    };
  });
  files.push({ file: 'series/zhuanti.md', source: '---\ntitle: 专题\nslug: zhuanti\n---\n\n导语。\n' });
  const { problems, articles, series } = validateContent(files);
  expect(problems).toEqual([]);
  return { articles, series };
}

describe('catalog over the 2023-12-28 edition', () => {
  it('counts articles per city in gazetteer order, including empty cities', () => {
    const counts = cityCounts(content);
    expect(counts.map((c) => c.city.slug)).toEqual(cities.map((c) => c.slug));
    expect(Object.fromEntries(counts.map((c) => [c.city.slug, c.count]))).toEqual({
      hangzhou: 8,
      ningbo: 1,
      wenzhou: 1,
      jiaxing: 0,
      huzhou: 0,
      shaoxing: 0,
      jinhua: 1,
      quzhou: 1,
      zhoushan: 2,
      taizhou: 1,
      lishui: 0,
    });
    // 14 articles, one of them in two cities.
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(content.articles.length + 1);
  });

  it("lists a city's districts that have articles, in gazetteer order, with counts", () => {
    const hz = districtCounts(content, cityBySlug('hangzhou')!).map((d) => [d.district.slug, d.count]);
    expect(hz).toEqual([
      ['shangcheng', 1],
      ['gongshu', 1],
      ['xihu', 1],
      ['yuhang', 2],
      ['fuyang', 2],
      ['linan', 1],
    ]);
    expect(districtCounts(content, cityBySlug('ningbo')!).map((d) => d.district.name)).toEqual(['前湾新区']);
    expect(districtCounts(content, cityBySlug('jiaxing')!)).toEqual([]);
  });

  it('puts an article with two places under both cities and both districts', () => {
    const slug = 'suimo-nianguan-fanghuo-xiaozai';
    expect(slugs(articlesInCity(content, 'wenzhou'))).toEqual([slug]);
    expect(slugs(articlesInCity(content, 'jinhua'))).toEqual([slug]);
    expect(slugs(articlesInDistrict(content, 'wenzhou', 'cangnan'))).toEqual([slug]);
    expect(slugs(articlesInDistrict(content, 'jinhua', 'jindong'))).toEqual([slug]);
    expect(articlesInDistrict(content, 'jinhua', 'cangnan')).toEqual([]);
  });

  it('keeps city lists in page order for one day', () => {
    expect(articlesInCity(content, 'hangzhou').map((a) => a.order)).toEqual([1, 2, 3, 5, 7, 8, 9, 14]);
  });

  it('finds authors, series and dates', () => {
    expect(slugs(articlesByAuthor(content, '周静'))).toEqual([
      'shangcheng-qiangji-funeng',
      'zhidu-duoguan-qixia',
      'xinghuo-jiayuan-xiaoqu-zhili',
      'diedai-zhizhi-minsheng',
      'tongxing-xiaofang-ganen-lanyan',
    ]);
    expect(articlesByAuthor(content, '无名氏')).toEqual([]);
    expect(authors(content)).toHaveLength(23);
    expect(articlesInSeries(content, 'chuangxin-jiceng-zhili').map((a) => a.order)).toEqual([6, 7, 8, 9, 10, 11, 13, 14]);
    expect(articlesOnDate(content, '2023-12-28').map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(articlesOnDate(content, '2023-12-29')).toEqual([]);
    expect(getArticle(content, 'zhidu-duoguan-qixia')?.order).toBe(4);
  });

  it('builds the catalog once per content object', () => {
    expect(catalog(content)).toBe(catalog(content));
  });

  it('gives the first and last of the edition one neighbour each', () => {
    expect(neighbours(content, byOrder(1))).toEqual({ previous: undefined, next: byOrder(2) });
    expect(neighbours(content, byOrder(7))).toEqual({ previous: byOrder(6), next: byOrder(8) });
    expect(neighbours(content, byOrder(14))).toEqual({ previous: byOrder(13), next: undefined });
  });

  it('orders related articles: same district, then same series, then same city', () => {
    const diedai = getArticle(content, 'diedai-zhizhi-minsheng')!; // 富阳区, in the series
    expect(slugs(related(content, diedai))).toEqual([
      'xiangxian-huigui-zhuqi-shukun', // 富阳区
      'xinghuo-jiayuan-xiaoqu-zhili', // series, order 6
      'sanfang-xietong-laojiu-xiaoqu', // series, order 7
      'qingnuan-dongri-aixin-xiangsui', // series, order 9
    ]);
    const all = related(content, diedai, { limit: 100 });
    expect(all).not.toContain(diedai);
    expect(new Set(slugs(all)).size).toBe(all.length);
    // After the 7 other series articles come the rest of 杭州市 not yet listed.
    expect(slugs(all.slice(8))).toEqual([
      'shangcheng-qiangji-funeng',
      'rencai-qiangqu-jinyue-yuanlai',
      'shimin-jianduyuan-huhang-shengtai',
    ]);
    expect(related(content, diedai, { limit: 1 })).toHaveLength(1);
  });

  it('leaves out what the page already links to (上一篇, 下一篇) and fills the list from further down', () => {
    const diedai = getArticle(content, 'diedai-zhizhi-minsheng')!;
    const besides = ['xinghuo-jiayuan-xiaoqu-zhili', 'qingnuan-dongri-aixin-xiangsui'];
    expect(slugs(related(content, diedai, { besides }))).toEqual([
      'xiangxian-huigui-zhuqi-shukun',
      'sanfang-xietong-laojiu-xiaoqu',
      ...slugs(related(content, diedai, { limit: 6 })).slice(4),
    ]);
  });

  it('leads an article page on without the same article twice: related leaves out 上一篇 and 下一篇', () => {
    for (const article of content.articles) {
      const { previous, next, related: more } = onwardLinks(content, article);
      expect({ previous, next }).toEqual(neighbours(content, article));
      expect(more.length).toBeLessThanOrEqual(4);
      for (const a of [previous, next]) if (a) expect(slugs(more)).not.toContain(a.slug);
    }
  });

  it('relates a two-place article through both of its districts first', () => {
    const suimo = getArticle(content, 'suimo-nianguan-fanghuo-xiaozai')!;
    // No other article in 苍南县/金东区 or 温州/金华: only the series.
    expect(related(content, suimo, { limit: 100 }).every((a) => a.series === 'chuangxin-jiceng-zhili')).toBe(true);
  });
});

describe('catalog over a synthetic archive', () => {
  const c = synthetic([
    { slug: 'old-shangcheng', date: '2023-01-05', places: [['杭州市', '上城区']], authors: ['甲'] },
    {
      slug: 'two-districts',
      date: '2023-06-01',
      places: [
        ['杭州市', '上城区'],
        ['杭州市', '西湖区'],
      ],
      authors: ['甲', '乙'],
    },
    { slug: 'city-only', date: '2023-06-01', places: [['杭州市']], series: 'zhuanti', order: 1 },
    {
      slug: 'new-xihu',
      date: '2024-02-29',
      places: [
        ['杭州市', '西湖区'],
        ['宁波市', '前湾新区'],
      ],
      series: 'zhuanti',
    },
    { slug: 'hz-and-city', date: '2023-03-03', places: [['杭州市'], ['杭州市', '西湖区']] },
  ]);

  it('sorts newest first and lists an article once per city even with two districts there', () => {
    expect(slugs(articlesInCity(c, 'hangzhou'))).toEqual([
      'new-xihu',
      'city-only',
      'two-districts',
      'hz-and-city',
      'old-shangcheng',
    ]);
    expect(slugs(articlesInDistrict(c, 'hangzhou', 'shangcheng'))).toEqual(['two-districts', 'old-shangcheng']);
    expect(slugs(articlesInDistrict(c, 'hangzhou', 'xihu'))).toEqual(['new-xihu', 'two-districts', 'hz-and-city']);
    expect(slugs(articlesInDistrict(c, 'ningbo', 'qianwan'))).toEqual(['new-xihu']);
    expect(cityCounts(c).find((x) => x.city.slug === 'hangzhou')?.count).toBe(5);
    expect(latestDate(c)).toBe('2024-02-29');
  });

  it('counts places once per article for filter chips', () => {
    const counts = placeCounts(c.articles);
    expect(counts.cities.find((x) => x.slug === 'hangzhou')?.count).toBe(5);
    expect(counts.districts.find((x) => x.slug === 'xihu')?.count).toBe(3);
    expect(counts.districts.find((x) => x.slug === 'qianwan')).toMatchObject({ citySlug: 'ningbo', name: '前湾新区', count: 1 });
  });

  it('has no neighbours across days', () => {
    const only = getArticle(c, 'new-xihu')!;
    expect(neighbours(c, only)).toEqual({ previous: undefined, next: undefined });
  });

  it('takes related articles newest first within each group', () => {
    const two = getArticle(c, 'two-districts')!;
    // 上城区 first (old-shangcheng), then 西湖区 (new-xihu, hz-and-city), then 杭州市 (city-only).
    expect(slugs(related(c, two, { limit: 10 }))).toEqual(['old-shangcheng', 'new-xihu', 'hz-and-city', 'city-only']);
  });

  it('filters editions by place', () => {
    const two = getArticle(c, 'two-districts')!;
    expect(matchesPlace(two, {})).toBe(true);
    expect(matchesPlace(two, { citySlug: 'hangzhou', districtSlug: 'xihu' })).toBe(true);
    expect(matchesPlace(two, { citySlug: 'hangzhou', districtSlug: 'binjiang' })).toBe(false);
    expect(matchesPlace(two, { citySlug: 'ningbo' })).toBe(false);
  });
});

describe('editionGroups', () => {
  // The series 创新基层治理 开启美丽嬗变 is the page's banner: it used to come after five other articles.
  it('groups the edition as printed: the page’s banner series with its articles first, then the others in printed order', () => {
    const groups = editionGroups(content, '2023-12-28');
    expect(groups.map((g) => [g.page, g.series?.slug ?? null, g.articles.map((a) => a.order)])).toEqual([
      [17, 'chuangxin-jiceng-zhili', [6, 7, 8, 9, 10, 11, 13, 14]],
      [17, null, [1, 2, 3, 4, 5, 12]],
    ]);
  });

  it('filters by city and district, dropping empty groups', () => {
    const hz = editionGroups(content, '2023-12-28', { citySlug: 'hangzhou' });
    expect(hz.map((g) => g.articles.map((a) => a.order))).toEqual([
      [7, 8, 9, 14],
      [1, 2, 3, 5],
    ]);
    const fy = editionGroups(content, '2023-12-28', { citySlug: 'hangzhou', districtSlug: 'fuyang' });
    expect(fy.map((g) => [g.series?.slug ?? null, g.articles.map((a) => a.order)])).toEqual([
      ['chuangxin-jiceng-zhili', [8]],
      [null, [2]],
    ]);
    expect(editionGroups(content, '2023-12-28', { page: 17 })).toEqual(editionGroups(content, '2023-12-28'));
    expect(editionGroups(content, '2023-12-28', { page: 3 })).toEqual([]);
    expect(editionGroups(content, '2023-12-28', { citySlug: 'jiaxing' })).toEqual([]);
    expect(editionGroups(content, '1999-01-01')).toEqual([]);
  });
});

describe('pagination', () => {
  it('parses ?page= strictly', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('1')).toBe(1);
    expect(parsePageParam('20')).toBe(20);
    expect(parsePageParam(['3', '4'])).toBe(3);
    expect(parsePageParam('9999999')).toBe(9999999);
    for (const bad of ['0', '-1', 'abc', '1.5', '01', ' 2', '2 ', '', '1e3', '0x10', '10000000', '２']) {
      expect(parsePageParam(bad), bad).toBeNull();
    }
    expect(parsePageParam([])).toBeNull();
  });

  const items = Array.from({ length: 45 }, (_, i) => i);

  it('cuts pages of 20 and reports the totals', () => {
    expect(paginate(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3, total: 45, pageSize: 20 });
    expect(paginate(items, 2, 20)?.items).toEqual(items.slice(20, 40));
    expect(paginate(items, 3, 20)?.items).toEqual([40, 41, 42, 43, 44]);
  });

  it('has no page 0, no fractional page and nothing past the end', () => {
    expect(paginate(items, 0, 20)).toBeNull();
    expect(paginate(items, -1, 20)).toBeNull();
    expect(paginate(items, 1.5, 20)).toBeNull();
    expect(paginate(items, 4, 20)).toBeNull();
    expect(paginate(items, Number.NaN, 20)).toBeNull();
  });

  it('fills exact multiples without an empty last page', () => {
    expect(paginate(items.slice(0, 40), 2, 20)?.pageCount).toBe(2);
    expect(paginate(items.slice(0, 40), 3, 20)).toBeNull();
    expect(paginate(items.slice(0, 21), 2, 20)?.items).toEqual([20]);
  });

  it('always has a page 1, empty for an empty list', () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, pageSize: 20 });
    expect(paginate([], 2, 20)).toBeNull();
  });
});

describe('previous editions', () => {
  const archive = synthetic([
    { slug: 'a1', date: '2023-12-28', places: [['杭州市']] },
    { slug: 'a2', date: '2023-12-28', places: [['宁波市']] },
    { slug: 'b1', date: '2023-12-26', places: [['杭州市']] },
    { slug: 'c1', date: '2022-01-05', places: [['温州市']] },
    { slug: 'c2', date: '2022-01-05', places: [['温州市']] },
    { slug: 'c3', date: '2022-01-05', places: [['温州市']] },
    { slug: 'd1', date: '2021-06-30', places: [['湖州市']] },
  ]);

  it('lists the days before the latest, newest first, with their article counts', () => {
    expect(previousDays(archive).map((d) => [d.date, d.count])).toEqual([
      ['2023-12-26', 1],
      ['2022-01-05', 3],
      ['2021-06-30', 1],
    ]);
    expect(previousDays(archive, 2).map((d) => d.date)).toEqual(['2023-12-26', '2022-01-05']);
    expect(dayCounts(archive)[0].date).toBe(latestDate(archive));
  });

  it('is empty for a one-day archive such as the first edition', () => {
    expect(previousDays(content)).toEqual([]);
  });

  it('steps from a day to the editions just older and newer, and stops at both ends', () => {
    const { older, newer } = adjacentDays(archive, '2022-01-05');
    expect([older?.date, newer?.date]).toEqual(['2021-06-30', '2023-12-26']);
    expect(adjacentDays(archive, '2023-12-28').newer).toBeUndefined();
    expect(adjacentDays(archive, '2021-06-30').older).toBeUndefined();
    expect(adjacentDays(archive, '2020-01-01')).toEqual({});
    expect(adjacentDays(content, latestDate(content)!)).toEqual({ older: undefined, newer: undefined });
  });

  it('links each day to its 往期 page', () => {
    expect(archiveUrl('2022-01-05')).toBe('/archive/2022/01/05');
  });
});
