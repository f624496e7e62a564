import { describe, expect, it } from 'vitest';
import { breadcrumbTrail as breadcrumb, get, isNotFoundPage, meta, tagText, visible } from '../helpers/http';

describe('city, district and author pages', () => {
  it('give search engines the breadcrumb trail the reader sees, with the current page last', async () => {
    expect(breadcrumb((await get('/cities/hangzhou/fuyang')).body)).toEqual([
      [1, '浙江新闻摘要', '/'],
      [2, '地区', '/cities'],
      [3, '杭州市', '/cities/hangzhou'],
      [4, '富阳区', '/cities/hangzhou/fuyang'],
    ]);
    expect(breadcrumb((await get('/cities')).body)).toEqual([
      [1, '浙江新闻摘要', '/'],
      [2, '地区', '/cities'],
    ]);
    expect(breadcrumb((await get(`/authors/${encodeURIComponent('周静')}`)).body)).toEqual([
      [1, '浙江新闻摘要', '/'],
      [2, '作者', '/authors'],
      [3, '周静', `/authors/${encodeURIComponent('周静')}`],
    ]);
  });

  it('lists every article about a city, with links to its districts', async () => {
    const { status, body } = await get('/cities/hangzhou');
    expect(status).toBe(200);
    expect(tagText(body, 'h1')).toContain('杭州市');
    for (const t of ['三方协同激活老旧小区', '社区合伙 共建共享', '乡贤回归 助企纾困']) expect(body).toContain(t);
    expect(body).not.toContain('治堵多管齐下');
    expect(body).toContain('href="/cities/hangzhou/fuyang"');
    expect(meta(body, 'og:locale')).toBe('zh_CN');
    expect(body).toMatch(/<link[^>]+rel="alternate"[^>]+application\/rss\+xml/);
  });

  it('shows an article with two places under both', async () => {
    for (const path of ['/cities/wenzhou/cangnan', '/cities/jinhua/jindong', '/cities/wenzhou', '/cities/jinhua']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(200);
      expect(body, path).toContain('岁末年关 防火消灾');
    }
  });

  it('resolves the functional zone 前湾新区 under 宁波市', async () => {
    const { status, body } = await get('/cities/ningbo/qianwan');
    expect(status).toBe(200);
    expect(body).toContain('预案保通 精准治堵');
  });

  it('says “newest first” only of a list with more than one article', async () => {
    const one = (await get('/cities/hangzhou/gongshu')).body; // one article: 三方协同激活老旧小区
    expect(visible(one)).toContain('共 1 篇文章');
    expect(one).not.toContain('最新的在前');
    const many = (await get('/cities/hangzhou')).body;
    expect(visible(many)).toMatch(/共 \d+ 篇文章，最新的在前/);
    expect(meta(many, 'description')).toContain('，最新的在前。');
  });

  it('gives an honest empty state for a city without articles', async () => {
    const { status, body } = await get('/cities/jiaxing');
    expect(status).toBe(200);
    expect(body).toContain('暂无嘉兴市的文章');
  });

  it('lists an author’s articles under a percent-encoded Chinese name', async () => {
    const { status, body } = await get(`/authors/${encodeURIComponent('周静')}`);
    expect(status).toBe(200);
    for (const t of [
      '上城区：强基赋能 凝“新”聚力',
      '治堵多管齐下 序化美化亮化',
      '迭代智治提升质效为民生',
      '“童”行消防 感恩“蓝焰”',
    ]) {
      expect(body).toContain(t);
    }
    expect(body).not.toContain('社区合伙 共建共享');
  });

  it.each([
    '/cities/beijing',
    '/cities/ningbo/fuyang',
    '/cities/hangzhou/nowhere',
    `/authors/${encodeURIComponent('无名氏')}`,
    '/authors/%E5%91',
    '/articles/%E5%91',
    '/cities/hangzhou/page/0',
    '/cities/hangzhou/page/99',
    '/cities/nowhere/feed.xml',
  ])('answers 404 for %s', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(isNotFoundPage(body)).toBe(true);
  });
});

describe('feeds and discovery', () => {
  it('serves an RSS feed with full text and authors', async () => {
    const { status, headers, body } = await get('/feed.xml');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/rss+xml');
    expect(body.match(/<item>/g)).toHaveLength(14);
    expect(body).toContain('<dc:creator>倪智海</dc:creator>');
    expect(body).toContain('<dc:creator>俞琳</dc:creator>');
    expect(body).toContain('<content:encoded><![CDATA[<p>杭州市拱墅区半山街道辖区内的老旧小区多');
    expect(body).toMatch(/<pubDate>Thu, 28 Dec 2023 00:00:00 \+0800<\/pubDate>/);
  });

  it('serves a feed per city', async () => {
    const { status, body } = await get('/cities/zhoushan/feed.xml');
    expect(status).toBe(200);
    expect(body.match(/<item>/g)).toHaveLength(2);
  });

  it('lists every article, city, district and author in the sitemap', async () => {
    const { status, body } = await get('/sitemap.xml');
    expect(status).toBe(200);
    const urls = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls.filter((u) => u.includes('/articles/'))).toHaveLength(14);
    expect(urls.filter((u) => /\/cities\/[a-z]+$/.test(u))).toHaveLength(11);
    expect(urls.some((u) => u.endsWith('/cities/hangzhou/fuyang'))).toBe(true);
    expect(urls.some((u) => u.endsWith(`/authors/${encodeURIComponent('周静')}`))).toBe(true);
    expect(urls.every((u) => /^https?:\/\//.test(u))).toBe(true);
  });

  it('names the sitemap in robots.txt', async () => {
    const { status, body } = await get('/robots.txt');
    expect(status).toBe(200);
    expect(body).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });
});
