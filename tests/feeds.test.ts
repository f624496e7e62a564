import { describe, expect, it } from 'vitest';
import { articlesByAuthor, articlesInCity } from '../lib/content/catalog';
import { loadContent } from '../lib/content/load';
import { FEED_ITEM_LIMIT, buildRss, latestItems, rfc822, type RssChannelInput, type RssItem } from '../lib/feeds/rss';
import { SITE_FEED_PATH, absolutizeLinks, cityFeed, placeCategories, siteFeed } from '../lib/feeds/site';
import { cdata, escapeXml, stripInvalidXmlChars } from '../lib/feeds/xml';
import { cityBySlug } from '../lib/places/gazetteer';
import { kids, parseXml, type XmlNode } from './helpers/xml';
import { SITE_URL, absoluteUrl } from '../lib/site/config';

// A deliberately small XML parser: enough to prove a document is well-formed (one root, balanced
// tags, quoted attributes, only known entities, CDATA closed) and to read values back out.
const kid = (n: XmlNode, name: string) => {
  const found = kids(n, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const text = (n: XmlNode) => n.children.filter((c): c is string => typeof c === 'string').join('');

function channelOf(xml: string) {
  const rss = parseXml(xml);
  expect(rss.name).toBe('rss');
  expect(rss.attrs.version).toBe('2.0');
  return kid(rss, 'channel');
}

const item = (over: Partial<RssItem> = {}): RssItem => ({
  title: '标题',
  link: 'https://example.cn/articles/a',
  date: '2023-12-28',
  creators: ['周静'],
  categories: ['杭州市'],
  description: '摘要',
  contentHtml: '<p>正文</p>',
  ...over,
});

const channel = (items: RssItem[], over: Partial<RssChannelInput> = {}): RssChannelInput => ({
  title: '测试频道',
  link: 'https://example.cn/',
  selfUrl: 'https://example.cn/feed.xml',
  description: '描述',
  items,
  ...over,
});

describe('xml helpers', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 forbids but keeps tab, newline, CJK and astral characters', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(stripInvalidXmlChars('\t\n\r浙江𠮷')).toBe('\t\n\r浙江𠮷');
  });

  it('splits ]]> across CDATA sections', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(cdata(']]>]]>')).toBe('<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>');
  });
});

describe('buildRss', () => {
  it('is well-formed RSS 2.0 with the namespaces and atom:link self', () => {
    const xml = buildRss(channel([item()]));
    expect(xml).toMatch(/xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(xml).toMatch(/xmlns:content="http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/"/);
    expect(xml).toMatch(/xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    const ch = channelOf(xml);
    expect(text(kid(ch, 'title'))).toBe('测试频道');
    expect(text(kid(ch, 'link'))).toBe('https://example.cn/');
    expect(text(kid(ch, 'language'))).toBe('zh-CN');
    const self = kid(ch, 'atom:link');
    expect(self.attrs).toEqual({ href: 'https://example.cn/feed.xml', rel: 'self', type: 'application/rss+xml' });
  });

  it('round-trips & < > " in text and attributes', () => {
    const nasty = `A&B <script>alert("x")</script> 'q' > z`;
    const xml = buildRss(
      channel([item({ title: nasty, description: nasty, categories: [nasty] })], {
        selfUrl: 'https://example.cn/feed.xml?a=1&b=2',
      }),
    );
    expect(xml).not.toContain('<script>');
    const ch = channelOf(xml);
    const it0 = kid(ch, 'item');
    expect(text(kid(it0, 'title'))).toBe(nasty);
    expect(text(kid(it0, 'description'))).toBe(nasty);
    expect(text(kid(it0, 'category'))).toBe(nasty);
    expect(kid(ch, 'atom:link').attrs.href).toBe('https://example.cn/feed.xml?a=1&b=2');
  });

  it('carries the article HTML verbatim in content:encoded, even with ]]> inside', () => {
    const html = '<p>a]]>b &amp; <em>c</em></p><pre>x]]>]]>y</pre>';
    const xml = buildRss(channel([item({ contentHtml: html })]));
    const encoded = kid(kid(channelOf(xml), 'item'), 'content:encoded');
    expect(text(encoded)).toBe(html);
  });

  it('stays parseable when the content carries control characters', () => {
    const xml = buildRss(channel([item({ title: '标\u0001题', contentHtml: '<p>\u0007正文</p>' })]));
    const it0 = kid(channelOf(xml), 'item');
    expect(text(kid(it0, 'title'))).toBe('标题');
    expect(text(kid(it0, 'content:encoded'))).toBe('<p>正文</p>');
  });

  it('writes one dc:creator per author, in Chinese, without duplicates', () => {
    const xml = buildRss(channel([item({ creators: ['叶城钢', '夏晓龙', '周静', '周静'] })]));
    const creators = kids(kid(channelOf(xml), 'item'), 'dc:creator').map(text);
    expect(creators).toEqual(['叶城钢', '夏晓龙', '周静']);
  });

  it('uses the absolute link as a permalink guid and an RFC 822 date in China time', () => {
    const it0 = kid(channelOf(buildRss(channel([item()]))), 'item');
    const guid = kid(it0, 'guid');
    expect(text(guid)).toBe('https://example.cn/articles/a');
    expect(guid.attrs.isPermaLink).toBe('true');
    expect(text(kid(it0, 'pubDate'))).toBe('Thu, 28 Dec 2023 00:00:00 +0800');
  });

  it('formats RFC 822 dates with the right weekday and zero-padded day', () => {
    expect(rfc822('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0800');
    expect(rfc822('2024-01-01')).toBe('Mon, 01 Jan 2024 00:00:00 +0800');
    expect(rfc822('2023-06-04')).toBe('Sun, 04 Jun 2023 00:00:00 +0800');
  });

  it(`keeps the newest ${FEED_ITEM_LIMIT} items, newest first, page order within a day`, () => {
    const items = Array.from({ length: 60 }, (_, i) =>
      item({
        title: `t${i}`,
        link: `https://example.cn/articles/a${i}`,
        date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      }),
    );
    const ch = channelOf(buildRss(channel(items)));
    const got = kids(ch, 'item');
    expect(got).toHaveLength(FEED_ITEM_LIMIT);
    const dates = got.map((n) => text(kid(n, 'pubDate')));
    expect(dates[0]).toBe('Fri, 15 Dec 2023 00:00:00 +0800');
    // Five items per month; December's come in their given order.
    expect(got.slice(0, 5).map((n) => text(kid(n, 'title')))).toEqual(['t11', 't23', 't35', 't47', 't59']);
    // The 10 dropped are the oldest: January and February.
    expect(dates.some((d) => / (Jan|Feb) 2023/.test(d))).toBe(false);
    expect(text(kid(ch, 'lastBuildDate'))).toBe('Fri, 15 Dec 2023 00:00:00 +0800');
  });

  it('respects a smaller limit and sorts out-of-order input', () => {
    const items = [
      item({ title: 'old', date: '2023-01-01' }),
      item({ title: 'new', date: '2023-12-31' }),
      item({ title: 'mid', date: '2023-06-01' }),
    ];
    expect(latestItems(items, 2).map((i) => i.title)).toEqual(['new', 'mid']);
  });

  it('is valid with no items and then has no lastBuildDate', () => {
    const ch = channelOf(buildRss(channel([])));
    expect(kids(ch, 'item')).toHaveLength(0);
    expect(kids(ch, 'lastBuildDate')).toHaveLength(0);
  });

  it('rejects relative links: a feed reader cannot resolve them', () => {
    expect(() => buildRss(channel([item({ link: '/articles/a' })]))).toThrow();
    expect(() => buildRss(channel([], { selfUrl: 'feed.xml' }))).toThrow();
  });
});

describe('site feeds from the real content', () => {
  const content = loadContent();

  it('lists every article (fewer than 50) with absolute links and a self link', () => {
    const ch = channelOf(siteFeed(content));
    const items = kids(ch, 'item');
    expect(items).toHaveLength(Math.min(content.articles.length, FEED_ITEM_LIMIT));
    expect(kid(ch, 'atom:link').attrs.href).toBe(absoluteUrl(SITE_FEED_PATH));
    for (const n of items) {
      expect(text(kid(n, 'link')).startsWith(`${SITE_URL}/articles/`)).toBe(true);
      expect(text(kid(n, 'guid'))).toBe(text(kid(n, 'link')));
      expect(text(kid(n, 'pubDate'))).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 \+0800$/);
      expect(text(kid(n, 'content:encoded'))).toMatch(/^<p>/);
    }
    // Page order of the edition: order 1 first.
    expect(text(kid(items[0], 'title'))).toBe(content.articles[0].title);
  });

  it('credits 周静 on each of her articles', () => {
    const items = kids(channelOf(siteFeed(content)), 'item');
    const hers = items.filter((n) => kids(n, 'dc:creator').map(text).includes('周静'));
    expect(hers).toHaveLength(articlesByAuthor(content, '周静').length);
    // 5 in the 2023-12-28 edition (diedai, xinghuo, tongxing, shangcheng, zhidu).
    expect(hers).toHaveLength(5);
  });

  it('names both places of a two-place article as categories', () => {
    const a = content.articles.find((x) => x.slug === 'suimo-nianguan-fanghuo-xiaozai')!;
    expect(placeCategories(a)).toEqual(['温州市', '温州市苍南县', '金华市', '金华市金东区']);
    const items = kids(channelOf(siteFeed(content)), 'item');
    const n = items.find((x) => text(kid(x, 'title')) === a.title)!;
    expect(kids(n, 'category').map(text)).toEqual(['温州市', '温州市苍南县', '金华市', '金华市金东区']);
  });

  it('builds a city feed with only that city, and an empty but valid one for 嘉兴市', () => {
    const wenzhou = cityBySlug('wenzhou')!;
    const ch = channelOf(cityFeed(content, wenzhou));
    expect(text(kid(ch, 'title'))).toContain('温州市');
    expect(kid(ch, 'atom:link').attrs.href).toBe(absoluteUrl('/cities/wenzhou/feed.xml'));
    expect(text(kid(ch, 'link'))).toBe(absoluteUrl('/cities/wenzhou'));
    expect(kids(ch, 'item')).toHaveLength(articlesInCity(content, 'wenzhou').length);
    const hangzhou = kids(channelOf(cityFeed(content, cityBySlug('hangzhou')!)), 'item');
    expect(hangzhou).toHaveLength(8);
    expect(kids(channelOf(cityFeed(content, cityBySlug('jiaxing')!)), 'item')).toHaveLength(0);
  });
});

describe('absolutizeLinks', () => {
  it('makes root-relative href and src absolute, leaving others alone', () => {
    const html =
      '<a href="/articles/x">x</a><img src="/a.png"><a href="//cdn.example/y">y</a><a href="https://o.example/">o</a><a href="#f">f</a>';
    expect(absolutizeLinks(html)).toBe(
      `<a href="${SITE_URL}/articles/x">x</a><img src="${SITE_URL}/a.png"><a href="//cdn.example/y">y</a><a href="https://o.example/">o</a><a href="#f">f</a>`,
    );
  });
});
