import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, start, type RunningServer } from '../../scripts/lib/server/next-server';
import { qrPng } from '../../lib/share/qr';
import { removeDir } from '../fixtures/content/build';
import { writePagesFixture } from '../fixtures/content/pages';
import { tagText } from '../helpers/http';

// Its own build: a small archive with several printed pages a day (1, 5 and 17 on 2023-12-28),
// built with SITE_URL set, as a public deployment would be.
const SITE = 'https://news.example.org';
const distDir = '.next-pages-test';
const dir = writePagesFixture();
let server: RunningServer;
let buildOutput = '';

beforeAll(async () => {
  const opts = { distDir, contentDir: dir, env: { CONTENT_CACHE: '0', SITE_URL: SITE } };
  buildOutput = build(opts).output;
  server = await start(opts);
}, 600_000);
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
  fs.rmSync(distDir, { recursive: true, force: true });
});

async function page(path: string) {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
  const body = (await res.text()).replaceAll('<!-- -->', '');
  // What the reader sees: <main> only (titles also appear in <head> and the flight data).
  return { status: res.status, body, main: body.slice(body.indexOf('<main'), body.indexOf('</main>')) };
}
const links = (html: string, rel: 'prev' | 'next') =>
  [...html.matchAll(/<a[^>]*>/g)]
    .map((m) => m[0])
    .filter((a) => a.includes(`rel="${rel}"`))
    .map((a) => /href="([^"]+)"/.exec(a)?.[1]);

describe('a day of several printed pages', () => {
  it('gives each page its own view: section, its articles in printed order, and 上一版/下一版', async () => {
    const five = await page('/archive/2023/12/28/5');
    expect(five.status).toBe(200);
    expect(tagText(five.body, 'h1')).toBe('第5版地方');
    expect(tagText(five.body, 'title')).toBe('浙江日报 2023年12月28日 第5版（地方）｜浙江新闻摘要');
    expect(five.main).toContain('第5版文章1');
    expect(five.main).not.toContain('第1版文章1');
    expect(links(five.body, 'prev')).toEqual(['/archive/2023/12/28/1']);
    expect(links(five.body, 'next')).toEqual(['/archive/2023/12/28/17']);
    expect(five.main).toMatch(/上一版[\s\S]*第1版（要闻）[\s\S]*下一版[\s\S]*第17版（专刊）/);
    // The day's pages as chips, the current one marked.
    expect(five.body).toMatch(/<a(?=[^>]*href="\/archive\/2023\/12\/28\/5")(?=[^>]*aria-current="page")[^>]*>第5版（地方）<\/a>/);

    const first = await page('/archive/2023/12/28/1');
    expect(links(first.body, 'prev')).toEqual([]);
    expect(first.main.indexOf('第1版文章1')).toBeLessThan(first.main.indexOf('第1版文章2'));
    const last = await page('/archive/2023/12/28/17');
    expect(links(last.body, 'next')).toEqual([]);
    // The page's series (its banner, with its intro) before its other article.
    expect(last.main.indexOf('测试专题的导语')).toBeGreaterThan(0);
    expect(last.main.indexOf('测试专题的导语')).toBeLessThan(last.main.indexOf('第17版文章2'));
    expect(last.main.indexOf('第17版文章1')).toBeLessThan(last.main.indexOf('第17版文章2'));
  });

  it('has no view for a page not printed that day, and a page is not a place filter', async () => {
    expect((await page('/archive/2023/12/28/2')).status).toBe(404);
    expect((await page('/archive/2023/12/27/17')).status).toBe(404);
    expect((await page('/archive/2023/12/28/17/hangzhou')).status).toBe(404);
    expect((await page('/archive/2023/12/28/hangzhou')).status).toBe(200);
  });

  it('lists the day page by page, each page heading linked to its view, and the day before has its own page', async () => {
    const day = await page('/archive/2023/12/28');
    const heads = [...day.body.matchAll(/<h2[^>]*><a[^>]*href="(\/archive\/2023\/12\/28\/\d+)"[^>]*>([^<]+)<\/a><\/h2>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(heads).toEqual([
      ['/archive/2023/12/28/1', '第1版（要闻）'],
      ['/archive/2023/12/28/5', '第5版（地方）'],
      ['/archive/2023/12/28/17', '第17版（专刊）'],
    ]);
    expect((await page('/archive/2023/12/27/3')).status).toBe(200);
  });

  it('links 第N版 on an article to that page', async () => {
    const { body } = await page('/articles/difang-yi');
    expect(body).toMatch(/来源：浙江日报 2023年12月28日 <a[^>]*href="\/archive\/2023\/12\/28\/5"[^>]*>第5版（地方）<\/a>/);
  });
});

describe('with SITE_URL set', () => {
  it('builds without the missing-SITE_URL warning', () => {
    expect(buildOutput).not.toContain('SITE_URL 未设置');
  });

  it('uses it for canonical, og:url, og:image and feeds, and the QR code encodes the canonical URL for everyone', async () => {
    const { body } = await page('/archive/2023/12/28/5');
    expect(body).toContain(`<link rel="canonical" href="${SITE}/archive/2023/12/28/5"/>`);
    expect(body).toContain(`<meta property="og:url" content="${SITE}/archive/2023/12/28/5"/>`);
    expect(body).toMatch(new RegExp(`<meta property="og:image" content="${SITE}/archive/2023/12/28/5/opengraph-image/card`));
    const feed = await page('/feed.xml');
    expect(feed.body).toContain(`<link>${SITE}/articles/`);
    const res = await fetch(`${server.url}/articles/difang-yi/qr.png`, { headers: { 'x-forwarded-host': 'elsewhere.example' } });
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    expect(Buffer.from(await res.arrayBuffer()).equals((await qrPng(`${SITE}/articles/difang-yi`)).png)).toBe(true);
  });
});
