import { describe, expect, it } from 'vitest';
import { articlesInSeries, getSeries } from '../lib/content/catalog';
import { loadContent } from '../lib/content/load';
import type { Article } from '../lib/content/schema';
import { articleSection, articleSeo, leadText, shareImageAlt } from '../lib/seo/article-meta';
import { correctionLine, correctionText, nestQuotes, splitCorrections } from '../lib/seo/corrections';
import {
  BreadcrumbJsonLdSchema,
  NewsArticleJsonLdSchema,
  SeriesJsonLdSchema,
  breadcrumbList,
  newsArticleJsonLd,
  serializeJsonLd,
  seriesJsonLd,
} from '../lib/seo/json-ld';
import { PRERENDER_LIMIT, recentArticleParams } from '../lib/seo/prerender';
import { seriesSeo } from '../lib/seo/series-meta';
import { SITE_URL } from '../lib/site/config';
import { articleBySlug } from './helpers/articles';

const content = loadContent();
const bySlug = (slug: string) => articleBySlug(content.articles, slug);
// In the 创新基层治理 series, two authors, one place (衢州市常山县).
const inSeries = bySlug('tongxing-xiaofang-ganen-lanyan');
const series = getSeries(content, 'chuangxin-jiceng-zhili');
// Not in a series, editor-written title (舟山市定海区).
const standalone = bySlug('zhihui-haiyang-luntan-dinghai');

describe('newsArticleJsonLd', () => {
  const ld = newsArticleJsonLd(inSeries, series);

  it('matches the published NewsArticle shape', () => {
    expect(NewsArticleJsonLdSchema.safeParse(ld).success).toBe(true);
    expect(NewsArticleJsonLdSchema.safeParse(newsArticleJsonLd(standalone)).success).toBe(true);
  });

  it('names the article, its page and its language', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('“童”行消防 感恩“蓝焰”');
    expect(ld.description).toBe(inSeries.summary);
    expect(ld.url).toBe(`${SITE_URL}/articles/tongxing-xiaofang-ganen-lanyan`);
    expect(ld.inLanguage).toBe('zh-CN');
  });

  it('dates the article at midnight China Standard Time (+08:00)', () => {
    expect(ld.datePublished).toBe('2023-12-28T00:00:00+08:00');
    expect(ld.dateModified).toBe('2023-12-28T00:00:00+08:00');
    // The instant is 16:00 UTC the day before, not midnight UTC.
    expect(new Date(ld.datePublished).toISOString()).toBe('2023-12-27T16:00:00.000Z');
  });

  it('lists every author as a Person with an absolute, percent-encoded author page URL', () => {
    expect(ld.author).toEqual([
      { '@type': 'Person', name: '周静', url: `${SITE_URL}/authors/${encodeURIComponent('周静')}` },
      { '@type': 'Person', name: '冯小富', url: `${SITE_URL}/authors/${encodeURIComponent('冯小富')}` },
    ]);
  });

  it('has a publisher with a logo and the share card as its image', () => {
    expect(ld.publisher.name).toBe('浙江新闻摘要');
    expect(ld.publisher.logo).toBe(`${SITE_URL}/articles/publisher-logo.png`);
    expect(ld.image).toEqual([`${SITE_URL}/articles/tongxing-xiaofang-ganen-lanyan/opengraph-image/card`]);
  });

  it('places what the article is about in Zhejiang, down to its county (where it was written is not known)', () => {
    const place = { '@type': 'Place', name: '衢州市常山县', address: '浙江省衢州市常山县' };
    expect(ld.contentLocation).toEqual([place]);
    expect(ld).not.toHaveProperty('locationCreated');
  });

  it('is part of its series, and only then', () => {
    expect(ld.isPartOf).toEqual({
      '@type': 'CreativeWorkSeries',
      name: '创新基层治理 开启美丽嬗变',
      url: `${SITE_URL}/series/chuangxin-jiceng-zhili`,
    });
    expect(ld.articleSection).toBe('创新基层治理 开启美丽嬗变');
    const alone = newsArticleJsonLd(standalone);
    expect(alone).not.toHaveProperty('isPartOf');
    expect(alone.articleSection).toBe('专刊');
  });

  it('records the print source', () => {
    expect(ld.printEdition).toBe('浙江日报');
    expect(ld.printPage).toBe('17');
    expect(ld.printSection).toBe('专刊');
    expect(ld.keywords).toEqual(['消防安全', '青少年', '志愿服务']);
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1 and makes every path absolute', () => {
    const list = breadcrumbList([
      { name: '浙江新闻摘要', path: '/' },
      { name: '杭州市', path: '/cities/hangzhou' },
    ]);
    expect(BreadcrumbJsonLdSchema.safeParse({ '@context': 'https://schema.org', ...list }).success).toBe(true);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '浙江新闻摘要', item: `${SITE_URL}/` },
      { '@type': 'ListItem', position: 2, name: '杭州市', item: `${SITE_URL}/cities/hangzhou` },
    ]);
  });
});

describe('seriesJsonLd', () => {
  if (!series) throw new Error('fixture series chuangxin-jiceng-zhili missing');
  const members = articlesInSeries(content, series.slug);
  const ld = seriesJsonLd(
    series,
    { items: members, total: members.length, offset: 0, path: series.url },
    seriesSeo(series, members).description,
  );

  it('is a CollectionPage listing the series articles in page order, with absolute URLs', () => {
    expect(SeriesJsonLdSchema.safeParse(ld).success).toBe(true);
    expect(ld.url).toBe(`${SITE_URL}/series/chuangxin-jiceng-zhili`);
    expect(ld.mainEntity.numberOfItems).toBe(members.length);
    expect(ld.mainEntity.itemListElement.map((i) => i.position)).toEqual(members.map((_, i) => i + 1));
    expect(ld.mainEntity.itemListElement.map((i) => i.name)).toEqual(members.map((a) => a.title));
    expect(ld.mainEntity.itemListElement[0].url).toBe(`${SITE_URL}${members[0].url}`);
  });

  it('has a breadcrumb from the home page to the series', () => {
    expect(ld.breadcrumb.itemListElement.map((i) => i.item)).toEqual([`${SITE_URL}/`, ld.url]);
    expect(ld.breadcrumb.itemListElement[1].name).toBe('创新基层治理 开启美丽嬗变');
  });

  it('numbers the items of a later page from its offset and counts the whole series', () => {
    const later = seriesJsonLd(
      series,
      { items: members.slice(2, 4), total: 45, offset: 20, path: `${series.url}/page/2` },
      '简介',
    );
    expect(later.url).toBe(`${SITE_URL}/series/chuangxin-jiceng-zhili/page/2`);
    expect(later.mainEntity.numberOfItems).toBe(45);
    expect(later.mainEntity.itemListElement.map((i) => i.position)).toEqual([21, 22]);
    expect(later.breadcrumb.itemListElement[1].item).toBe(`${SITE_URL}/series/chuangxin-jiceng-zhili`);
  });

  it('describes an empty series without inventing items', () => {
    const empty = seriesJsonLd(series, { items: [], total: 0, offset: 0, path: series.url }, '简介');
    expect(empty.mainEntity).toEqual({ '@type': 'ItemList', numberOfItems: 0, itemListElement: [] });
    expect(SeriesJsonLdSchema.safeParse(empty).success).toBe(true);
  });
});

describe('serializeJsonLd', () => {
  const hostile: Article = { ...standalone, title: '标题</script><script>alert(1)</script>', summary: '<!-- a & b -->' };

  it('cannot close the script element or open a comment', () => {
    const json = serializeJsonLd(newsArticleJsonLd(hostile));
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(json).not.toMatch(/<\/script/i);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('round-trips to the same data', () => {
    const data = newsArticleJsonLd(hostile);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    expect(JSON.parse(serializeJsonLd({ s: 'a\u2028b\u2029c' }))).toEqual({ s: 'a\u2028b\u2029c' });
    expect(serializeJsonLd({ s: 'a\u2028b' })).toBe('{"s":"a\\u2028b"}');
  });
});

describe('articleSeo', () => {
  it('gives absolute canonical and author URLs, +08:00 time and section', () => {
    const seo = articleSeo(inSeries, series);
    expect(seo.canonical).toBe(`${SITE_URL}/articles/tongxing-xiaofang-ganen-lanyan`);
    expect(seo.publishedTime).toBe('2023-12-28T00:00:00+08:00');
    expect(seo.authorUrls).toEqual([`${SITE_URL}/authors/%E5%91%A8%E9%9D%99`, `${SITE_URL}/authors/%E5%86%AF%E5%B0%8F%E5%AF%8C`]);
    expect(seo.section).toBe(series?.title);
    expect(seo.source).toBe('浙江日报 2023年12月28日 第17版（专刊）');
    expect(seo.description).toBe(inSeries.summary);
    expect(seo.feeds).toEqual([
      { url: `${SITE_URL}/cities/quzhou/feed.xml`, title: '浙江新闻摘要·衢州市' },
      { url: `${SITE_URL}/feed.xml`, title: '浙江新闻摘要' },
    ]);
  });

  it('falls back to the first city when there is neither series nor printed section', () => {
    const bare: Article = { ...standalone, source: { ...standalone.source, section: undefined } };
    expect(articleSection(bare)).toBe('舟山市');
  });

  it("shows an editor's summary as lead, but not one that repeats the opening of the body", () => {
    expect(leadText(inSeries)).toBe(inSeries.summary);
    const opening = standalone.text.split('\n')[0];
    expect(leadText({ ...standalone, summary: opening })).toBeNull();
    expect(leadText({ ...standalone, summary: `${Array.from(opening).slice(0, 30).join('')}…` })).toBeNull();
  });

  it('describes the share image in its alt text', () => {
    expect(shareImageAlt(standalone)).toBe('智慧海洋分论坛在定海开幕｜舟山市定海区｜2023年12月28日｜浙江新闻摘要');
  });
});

describe('seriesSeo', () => {
  it('uses the intro as description and an absolute canonical URL', () => {
    if (!series) throw new Error('series missing');
    const seo = seriesSeo(series, []);
    expect(seo.title).toBe('专题：创新基层治理 开启美丽嬗变');
    expect(seo.canonical).toBe(`${SITE_URL}/series/chuangxin-jiceng-zhili`);
    expect(seo.description.startsWith('加强和创新社会治理')).toBe(true);
    expect(Array.from(seo.description).length).toBeLessThanOrEqual(121);
  });
});

describe('recentArticleParams', () => {
  it('pre-renders the newest articles first, at most the limit', () => {
    expect(PRERENDER_LIMIT).toBe(500);
    expect(recentArticleParams(content)).toHaveLength(content.articles.length);
    expect(recentArticleParams(content, 3)).toEqual(content.articles.slice(0, 3).map((a) => ({ slug: a.slug })));
    const many = { ...content, articles: Array.from({ length: 1200 }, (_, i) => ({ ...standalone, slug: `a-${i}` })) };
    const params = recentArticleParams(many);
    expect(params).toHaveLength(500);
    expect(params[0]).toEqual({ slug: 'a-0' });
  });
});

describe('corrections', () => {
  const corrected = bySlug('sanfang-xietong-laojiu-xiaoqu');

  it('nests quotation marks the Chinese way', () => {
    expect(nestQuotes('使小区“内循环”真正流动')).toBe('使小区‘内循环’真正流动');
    expect(nestQuotes('他说：‘好’')).toBe('他说：“好”');
  });

  it('reads 识别文字“X”校正为“Y” for our OCR proofreading (the default), with the note apart', () => {
    expect(corrected.corrections[0].kind).toBe('proofreading');
    expect(correctionText(corrected.corrections[0])).toEqual({
      change: '识别文字“使小区‘内循环’真正流动”校正为“使小区‘内循环’真正流动。”',
      note: '段末句号在识别中丢失，已补',
    });
    expect(correctionText({ from: '多余的字', to: '' })).toEqual({ change: '识别文字“多余的字”已删除', note: null });
  });

  it('reads 原文“X”更正为“Y” only for a real correction of what was printed', () => {
    expect(correctionText({ from: '三千', to: '三万', kind: 'erratum' }).change).toBe('原文“三千”更正为“三万”');
    const { errata, proofreading } = splitCorrections([
      { from: 'a', to: 'b', kind: 'erratum' },
      { from: 'c', to: 'd', kind: 'proofreading' },
      { from: 'e', to: 'f' },
    ]);
    expect(errata.map((c) => c.from)).toEqual(['a']);
    expect(proofreading.map((c) => c.from)).toEqual(['c', 'e']);
  });

  // Before, every OCR fix was published as a schema.org CorrectionComment, telling search engines
  // that 浙江日报 had printed ∞ for 境. Only real corrections are CorrectionComments now.
  it('publishes only real corrections in structured data, never OCR proofreading', () => {
    expect(newsArticleJsonLd(corrected)).not.toHaveProperty('correction');
    const erratum = { from: '使小区“内循环”真正流动', to: '使小区“内循环”真正流动。', kind: 'erratum' as const };
    const ld = newsArticleJsonLd({ ...corrected, corrections: [...corrected.corrections, erratum] });
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: correctionLine(erratum) }]);
    expect(newsArticleJsonLd(inSeries)).not.toHaveProperty('correction');
  });
});
