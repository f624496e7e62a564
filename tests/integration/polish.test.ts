import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, get, isNotFoundPage, tagText, visible } from '../helpers/http';

const enc = encodeURIComponent;
const status = (html: string) => visible(/<p role="status"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '');

describe('search explains what it did', () => {
  it('says which place a pinyin word was read as', async () => {
    const { body } = await get('/search?q=fuyang');
    expect(status(body)).toContain('fuyang 已按地名富阳区匹配');
    expect(status(body)).not.toContain('fuyang 已按地名富阳区匹配'.replace('富阳区', '杭州市'));
    expect(status((await get(`/search?q=${enc('富阳')}`)).body)).not.toContain('已按地名');
  });

  it('shows a quoted query with one pair of quotes, in the status and the title', async () => {
    const { body } = await get(`/search?q=${enc('"网格"')}`);
    expect(status(body)).toMatch(/^“网格”共/);
    expect(tagText(body, 'title')).toMatch(/^“网格”的搜索结果/);
  });

  it('joins paragraphs in snippets without a Latin space between Chinese characters', async () => {
    const { body } = await get(`/search?q=${enc('网格')}`);
    const snippets = [...body.matchAll(/<p class="mt-1 text-\[15px\][^"]*">([\s\S]*?)<\/p>/g)].map((m) => visible(m[1]));
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) expect(s).not.toMatch(/[\p{Script=Han}。，！？”] [\p{Script=Han}“]/u);
  });

  it('explains why the city counts add up to more than the total', async () => {
    const { body } = await get(`/search?q=${enc('網格')}`);
    const total = Number(/共 <strong>(\d+)<\/strong> 篇/.exec(body)?.[1]);
    const facets = [...body.matchAll(/href="\/search\?q=[^"]*&amp;city=[a-z]+"[^>]*>[^<]+? (\d+)</g)].map((m) => Number(m[1]));
    const sum = facets.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(total);
    expect(status(body)).toContain(`篇。涉及几个城市的文章在每个城市下各计一篇，所以下列城市的篇数合计 ${sum}。`);
  });
});

describe('place URLs with one right answer redirect', () => {
  it.each([
    [`/cities/${enc('杭州')}`, '/cities/hangzhou'],
    [`/cities/${enc('杭州市')}`, '/cities/hangzhou'],
    ['/cities/Hangzhou', '/cities/hangzhou'],
    ['/cities/hangzhou/page/1', '/cities/hangzhou'],
    [`/cities/hangzhou/${enc('富阳区')}`, '/cities/hangzhou/fuyang'],
    ['/cities/HANGZHOU/Fuyang', '/cities/hangzhou/fuyang'],
    ['/cities/hangzhou/fuyang/page/1', '/cities/hangzhou/fuyang'],
    ['/cities/hangzhou/xiacheng', '/cities/hangzhou/gongshu'],
    [`/authors/${enc('周静')}/page/1`, `/authors/${enc('周静')}`],
    ['/series/chuangxin-jiceng-zhili/page/1', '/series/chuangxin-jiceng-zhili'],
  ])('%s → %s (308)', async (from, to) => {
    const { status: code, headers } = await get(from);
    expect(code).toBe(308);
    // Next 16.4 repeats the Location header of a page's permanentRedirect (the same value each time).
    const locations = headers
      .get('location')!
      .split(', ')
      .map((l) => new URL(l, 'http://x').pathname);
    expect(new Set(locations)).toEqual(new Set([to]));
  });

  it('tells readers of the successor which district it absorbed', async () => {
    const { status: code, body } = await get('/cities/hangzhou/gongshu');
    expect(code).toBe(200);
    expect(visible(body)).toContain('原下城区已于 2021 年撤销，全部并入拱墅区。');
  });
});

describe('place URLs without one right answer suggest', () => {
  it('offers both successors of a split district, with a 404', async () => {
    const { status: code, body } = await get('/cities/hangzhou/jianggan');
    expect(code).toBe(404);
    expect(visible(body)).toContain('杭州市江干区已于 2021 年撤销，原辖区现分属上城区和钱塘区。');
    // On-demand 404s come as Next's error shell with the page in its flight data (so do /articles/<unknown>);
    // tests/e2e/polish.test.ts checks what a browser shows.
    expect(body).toMatch(/href(=|\\":\\")"?\/cities\/hangzhou\/shangcheng/);
    expect(body).toMatch(/href(=|\\":\\")"?\/cities\/hangzhou\/qiantang/);
    expect(isNotFoundPage(body)).toBe(true);
  });

  it('suggests the closest city for a typo and the right city for a misplaced district', async () => {
    const typo = await get('/cities/hangzou');
    expect(typo.status).toBe(404);
    expect(visible(typo.body)).toContain('是不是要找杭州市？');
    const misplaced = await get('/cities/ningbo/fuyang');
    expect(misplaced.status).toBe(404);
    expect(misplaced.body).toMatch(/href(=|\\":\\")"?\/cities\/hangzhou\/fuyang/);
  });

  it('does not echo markup from an unknown place', async () => {
    const { status: code, body } = await get(`/cities/${enc('<b>x</b>')}`);
    expect(code).toBe(404);
    expect(body).not.toContain('<b>x</b>');
  });
});

describe('authors and feeds', () => {
  it('lists every author at /authors, grouped by pinyin initial, and links there from author pages', async () => {
    const { status: code, body } = await get('/authors');
    expect(code).toBe(200);
    expect(tagText(body, 'h1')).toBe('作者');
    expect(visible(body)).toContain('共 23 位署名作者');
    expect(body).toContain('href="/authors/周静"'); // a browser encodes it when it follows the link
    expect(body).toMatch(/<h2 id="Z"[^>]*>Z<\/h2>/);
    expect(breadcrumbTrail((await get(`/authors/${enc('周静')}`)).body)?.map((r) => r[2])).toEqual([
      '/',
      '/authors',
      `/authors/${enc('周静')}`,
    ]);
  });

  it('explains feeds on a page the footer links to, with every feed address', async () => {
    const home = await get('/');
    expect(home.body).toMatch(/<a class="[^"]*" href="\/feeds">RSS 订阅<\/a>/);
    const { status: code, body } = await get('/feeds');
    expect(code).toBe(200);
    expect(body).toContain('/feed.xml</code>');
    expect(body).toContain('/cities/hangzhou/feed.xml</code>');
  });
});
