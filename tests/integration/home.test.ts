import { describe, expect, it } from 'vitest';
import { baseUrl, decodeEntities, get, meta, tagText } from '../helpers/http';

/** Every kind of listing page: home, places, author, series, 往期, a printed page and a day filter. */
const LISTING_PAGES = [
  '/',
  '/cities/hangzhou',
  '/cities/hangzhou/fuyang',
  '/authors/%E5%91%A8%E9%9D%99',
  '/series/chuangxin-jiceng-zhili',
  '/archive',
  '/archive/2023',
  '/archive/2023/12',
  '/archive/2023/12/28',
  '/archive/2023/12/28/17',
  '/archive/2023/12/28/hangzhou',
];

describe('/ (the digest)', () => {
  it('lists every article of the edition with lang zh-CN and a search form', async () => {
    const { status, body } = await get('/');
    expect(status).toBe(200);
    expect(body).toContain('<html lang="zh-CN"');
    expect(tagText(body, 'title')).toBe('浙江新闻摘要 · 2023年12月28日');
    expect(body).toMatch(/<form[^>]*action="\/search"[^>]*>/);
    expect(body).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
    for (const title of [
      '上城区：强基赋能 凝“新”聚力',
      '三方协同激活老旧小区',
      '社区合伙 共建共享',
      '智慧海洋分论坛在定海开幕',
    ]) {
      expect(body).toContain(title);
    }
    expect(body.match(/href="\/articles\/[a-z0-9-]+"/g)?.length).toBeGreaterThanOrEqual(14);
  });

  it('has the first edition in 往期, with a breadcrumb and no 上一期/下一期 when it is the only day', async () => {
    for (const path of ['/archive', '/archive/2023', '/archive/2023/12']) {
      expect((await get(path)).status, path).toBe(200);
    }
    const { status, body } = await get('/archive/2023/12/28');
    expect(status).toBe(200);
    expect(body).toContain('三方协同激活老旧小区');
    expect(body).toContain('aria-label="位置"');
    expect(body).not.toContain('相邻各期');
  });

  it('shows no 近期各期 list while the archive holds a single edition', async () => {
    const { body } = await get('/');
    expect(body).not.toContain('近期各期');
    expect(body).toContain('href="/archive"');
  });

  it('groups the series with its intro', async () => {
    const { body } = await get('/');
    expect(body).toContain('创新基层治理 开启美丽嬗变');
    expect(body).toContain('加强和创新社会治理，重心在强化基层、夯实基础。');
  });

  it('leads with the edition (最新一期, date, paper and 版次 linked to the page), then the banner series, then the other articles in printed order', async () => {
    const { body } = await get('/');
    expect(body).toMatch(/>最新一期<\/a>/);
    expect(body).not.toContain('今日');
    const h1 = body.indexOf('<h1');
    expect(tagText(body.slice(h1), 'h1')).toBe('2023年12月28日');
    const lead = body.slice(h1, body.indexOf('按地区筛选'));
    expect(lead).toMatch(/浙江日报 <a[^>]*href="\/archive\/2023\/12\/28\/17"[^>]*>第17版（专刊）<\/a>/);
    const at = (t: string) => body.indexOf(t);
    // Printed order: the series (orders 6–14) is the page's banner; 上城区 (order 1) comes after it.
    expect(at('加强和创新社会治理')).toBeLessThan(at('上城区：强基赋能'));
    expect(at('“星火家园”绘就小区治理新场景')).toBeLessThan(at('上城区：强基赋能'));
    expect(at('上城区：强基赋能')).toBeLessThan(at('乡贤回归 助企纾困'));
    expect(at('乡贤回归 助企纾困')).toBeLessThan(at('智慧海洋分论坛在定海开幕'));
  });

  it('gives the home page, places, authors, series and 往期 a share image with og:url, each a PNG', async () => {
    for (const path of LISTING_PAGES) {
      const { body } = await get(path);
      expect(meta(body, 'og:url'), path).toMatch(new RegExp(`^https?://[^/]+${path === '/' ? '/?' : path}$`));
      const image = meta(body, 'og:image');
      expect(image, path).toMatch(/^https?:\/\/[^/]+\/.*opengraph-image/);
      expect(meta(body, 'og:image:alt'), path).toMatch(/｜浙江新闻摘要$/);
      const res = await fetch(`${baseUrl()}${new URL(decodeEntities(image ?? '')).pathname}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
    for (const path of ['/cities/nowhere', '/authors/nobody', '/series/nope', '/archive/2023/12/28/99', '/archive/1999/01/01']) {
      const res = await fetch(`${baseUrl()}${path}/opengraph-image/card`);
      expect(res.status, path).toBe(404);
      // Like an unknown page's 404: shared caches ask again within five minutes, not in a year.
      expect(Number(/s-maxage=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1] ?? 0), path).toBeLessThanOrEqual(300);
    }
  });

  it('shows 往期 as a month calendar: a day with a paper is one click from /archive', async () => {
    for (const path of ['/archive', '/archive/2023/12']) {
      const { body } = await get(path);
      expect(body, path).toMatch(/<table/);
      expect(body, path).toMatch(/<a(?=[^>]*href="\/archive\/2023\/12\/28")(?=[^>]*aria-label="12月28日，14 篇")[^>]*>28<\/a>/);
      // Days without a paper are shown, not linked.
      expect(body, path).not.toContain('href="/archive/2023/12/27"');
    }
  });

  it('shows a map of the 11 cities with counts linking to their pages', async () => {
    const { body } = await get('/');
    for (const slug of [
      'hangzhou',
      'ningbo',
      'wenzhou',
      'jiaxing',
      'huzhou',
      'shaoxing',
      'jinhua',
      'quzhou',
      'zhoushan',
      'taizhou',
      'lishui',
    ]) {
      expect(body).toContain(`href="/cities/${slug}"`);
    }
    expect(body).toMatch(/href="\/cities\/hangzhou"[^>]*>(<[^>]+>)*杭州(<[^>]+>)*8(<[^>]+>)* 篇/);
    expect(body).toMatch(/href="\/cities\/jiaxing"[^>]*>(<[^>]+>)*嘉兴(<[^>]+>)*0(<[^>]+>)* 篇/);
  });

  it('filters by city and district at stable URLs of the day, linked from the home page', async () => {
    const home = await get('/');
    expect(home.body).toContain('href="/archive/2023/12/28/zhoushan"');
    const city = await get('/archive/2023/12/28/zhoushan');
    expect(city.status).toBe(200);
    expect(city.body).toContain('治堵多管齐下 序化美化亮化');
    expect(city.body).toContain('智慧海洋分论坛在定海开幕');
    expect(city.body).not.toContain('三方协同激活老旧小区');
    expect(city.body).toContain('href="/archive/2023/12/28/zhoushan/dinghai"');
    expect(/<link rel="canonical" href="([^"]+)"/.exec(city.body)?.[1]).toMatch(/\/archive\/2023\/12\/28\/zhoushan$/);

    const district = await get('/archive/2023/12/28/hangzhou/fuyang');
    expect(district.body).toContain('乡贤回归 助企纾困');
    expect(district.body).toContain('迭代智治提升质效为民生');
    expect(district.body).not.toContain('社区合伙 共建共享');
    expect(tagText(district.body, 'title')).toBe('浙江日报 2023年12月28日 · 杭州市富阳区｜浙江新闻摘要');
  });

  it('is one static page that a CDN may cache, like every listing', async () => {
    for (const path of [...LISTING_PAGES, '/archive/2023/12/28/hangzhou/fuyang']) {
      const cache = (await get(path)).headers.get('cache-control') ?? '';
      expect(cache, path).toMatch(/s-maxage=300\b/);
      expect(cache, path).not.toMatch(/no-store|private/);
    }
  });

  it('redirects the old filter links to the filtered edition, without echoing unknown places', async () => {
    const cases: [string, string][] = [
      ['/?city=zhoushan', '/archive/2023/12/28/zhoushan'],
      ['/?city=hangzhou&district=fuyang', '/archive/2023/12/28/hangzhou/fuyang'],
      ['/?district=fuyang', '/archive/2023/12/28/hangzhou/fuyang'],
      ['/archive/2023/12/28?city=hangzhou', '/archive/2023/12/28/hangzhou'],
      ['/?city=beijing', '/archive/2023/12/28'],
      ['/?city=%3Cscript%3Ealert(1)%3C/script%3E', '/archive/2023/12/28'],
    ];
    for (const [from, to] of cases) {
      let res = await get(from);
      // next.config.ts sends old links to /archive/go, which picks the edition.
      for (let hops = 0; hops < 3 && res.status >= 300 && res.status < 400; hops++) {
        const location = res.headers.get('location') ?? '';
        if (new URL(location, baseUrl()).pathname === to) break;
        res = await get(new URL(location, baseUrl()).pathname + new URL(location, baseUrl()).search);
      }
      expect(new URL(res.headers.get('location') ?? '', baseUrl()).pathname, from).toBe(to);
    }
  });

  it('answers 404 for a place that has no article that day, or that does not exist', async () => {
    expect((await get('/archive/2023/12/28/jiaxing')).status).toBe(404);
    expect((await get('/archive/2023/12/28/beijing')).status).toBe(404);
    expect((await get('/archive/2023/12/28/hangzhou/nope')).status).toBe(404);
  });
});

describe('unknown pages', () => {
  it('answers 404, not a 200 error page', async () => {
    const { status, body } = await get('/no-such-page');
    expect(status).toBe(404);
    expect(body).toContain('lang="zh-CN"');
  });
});
