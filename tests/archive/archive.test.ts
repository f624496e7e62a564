import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { articlesInCity, articlesInSeries } from '../../lib/content/catalog';
import { checkContent } from '../../lib/content/load';
import { SERIES_EVERY, SYNTHETIC_SERIES } from '../../scripts/lib/synthetic/archive';
import { breadcrumbTrail, get, jsonLdOf } from '../helpers/http';

const archive = inject('archive');
// The archive as the server sees it (read without the cache, so this is an independent parse).
const content = (() => {
  const r = checkContent(archive.contentDir);
  if (r.problems.length) throw new Error(`generated archive has problems: ${r.problems.length}`);
  return r;
})();
const links = (html: string) => [...html.matchAll(/href="(\/articles\/[a-z0-9-]+)"/g)].map((m) => m[1]);
const PAGE = 20;

describe(`an archive of ${archive.size} generated articles`, () => {
  const citySlug = 'hangzhou';
  const inCity = articlesInCity(content, citySlug);
  const last = Math.ceil(inCity.length / PAGE);

  it('paginates a city: first page, a later page rendered on demand, the last page, and 404 past the end', async () => {
    expect(last).toBeGreaterThan(6);
    const first = await get(`/cities/${citySlug}`);
    expect(first.status).toBe(200);
    expect(new Set(links(first.body))).toEqual(new Set(inCity.slice(0, PAGE).map((a) => a.url)));
    expect(first.body).toContain(`href="/cities/${citySlug}/page/2"`);

    const seventh = await get(`/cities/${citySlug}/page/7`); // beyond the pre-rendered five
    expect(seventh.status).toBe(200);
    expect(new Set(links(seventh.body))).toEqual(new Set(inCity.slice(6 * PAGE, 7 * PAGE).map((a) => a.url)));

    const end = await get(`/cities/${citySlug}/page/${last}`);
    expect(end.status).toBe(200);
    expect(new Set(links(end.body))).toEqual(new Set(inCity.slice((last - 1) * PAGE).map((a) => a.url)));
    expect(end.body).not.toContain(`/page/${last + 1}"`);

    for (const bad of [`/page/${last + 1}`, '/page/0', '/page/abc']) {
      expect((await get(`/cities/${citySlug}${bad}`)).status, bad).toBe(404);
    }
    // Page 1 is the list itself: one right answer, so a redirect.
    const one = await get(`/cities/${citySlug}/page/1`);
    expect([one.status, new URL(one.headers.get('location')?.split(',')[0] ?? '', 'http://x').pathname]).toEqual([
      308,
      `/cities/${citySlug}`,
    ]);
  });

  it('paginates a long series, with its intro on the first page only and its items numbered across pages', async () => {
    const members = articlesInSeries(content, SYNTHETIC_SERIES.slug);
    expect(members.length).toBe(Math.floor(archive.size / SERIES_EVERY));
    const base = `/series/${SYNTHETIC_SERIES.slug}`;
    const pages = Math.ceil(members.length / PAGE);
    expect(pages).toBeGreaterThanOrEqual(3);

    const first = await get(base);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<p>合成档案中的长期专栏');
    expect([...new Set(links(first.body))]).toEqual(members.slice(0, PAGE).map((a) => a.url));
    expect(first.body).toContain(`href="${base}/page/2"`);

    const second = await get(`${base}/page/2`);
    expect(second.status).toBe(200);
    expect(second.body).not.toContain('<p>合成档案中的长期专栏'); // (the meta description still quotes it)
    expect([...new Set(links(second.body))]).toEqual(members.slice(PAGE, 2 * PAGE).map((a) => a.url));
    const ld = jsonLdOf<{ mainEntity: { numberOfItems: number; itemListElement: { position: number }[] } }>(
      second.body,
      'CollectionPage',
    )!;
    expect(ld.mainEntity.numberOfItems).toBe(members.length);
    expect(ld.mainEntity.itemListElement[0].position).toBe(PAGE + 1);
    expect(second.body).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${base}/page/2"`));

    const last = await get(`${base}/page/${pages}`);
    expect([...new Set(links(last.body))]).toEqual(members.slice((pages - 1) * PAGE).map((a) => a.url));
    for (const bad of [`/page/${pages + 1}`, '/page/0', '/page/x']) {
      expect((await get(`${base}${bad}`)).status, bad).toBe(404);
    }
    const one = await get(`${base}/page/1`);
    expect([one.status, new URL(one.headers.get('location')?.split(',')[0] ?? '', 'http://x').pathname]).toEqual([308, base]);
  });

  it('lists the seven editions before the latest on the home page, each linked to its day', async () => {
    const days = [...new Set(content.articles.map((a) => a.date))]; // articles are newest first
    const { body } = await get('/');
    expect(body).toContain('近期各期');
    const linked = [...body.matchAll(/href="\/archive\/(\d{4})\/(\d{2})\/(\d{2})"/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
    expect(linked).toEqual(days.slice(1, 8));
  });

  it('has an archive by year, month and day', async () => {
    const newest = content.articles[0].date;
    const [y, m, d] = newest.split('-');
    const years = await get('/archive');
    expect(years.status).toBe(200);
    expect(years.body).toContain(`href="/archive/${y}"`);
    const months = await get(`/archive/${y}`);
    expect(months.body).toContain(`href="/archive/${y}/${m}"`);
    const days = await get(`/archive/${y}/${m}`);
    expect(days.status).toBe(200);
    expect(days.body).toContain(`href="/archive/${y}/${m}/${d}"`);
    const day = await get(`/archive/${y}/${m}/${d}`);
    expect(day.status).toBe(200);
    for (const a of content.articles.filter((x) => x.date === newest)) expect(day.body).toContain(a.url);
    // 上一期 / 下一期 step to the neighbouring editions; the newest day has no 下一期.
    const dates = [...new Set(content.articles.map((a) => a.date))];
    const steps = (html: string) =>
      Object.fromEntries(
        [
          ...html.matchAll(
            /<a[^>]*rel="(prev|next)"[^>]*href="\/archive\/([\d/]+)"|<a[^>]*href="\/archive\/([\d/]+)"[^>]*rel="(prev|next)"/g,
          ),
        ].map((x) => [x[1] ?? x[4], (x[2] ?? x[3]).replaceAll('/', '-')]),
      );
    expect(steps(day.body)).toEqual({ prev: dates[1] });
    const middle = dates[5];
    const mid = await get(`/archive/${middle.replaceAll('-', '/')}`);
    expect(steps(mid.body)).toEqual({ prev: dates[6], next: dates[4] });
    expect(breadcrumbTrail(mid.body)?.map(([, , p]) => p)).toEqual([
      '/',
      '/archive',
      `/archive/${middle.slice(0, 4)}`,
      `/archive/${middle.slice(0, 7).replace('-', '/')}`,
      `/archive/${middle.replaceAll('-', '/')}`,
    ]);
    for (const bad of ['/archive/1999', `/archive/${y}/13`, `/archive/${y}/${m}/32`, '/archive/abcd']) {
      expect((await get(bad)).status, bad).toBe(404);
    }
  });

  it('splits the sitemap into an index and files of at most the limit', async () => {
    const root = await get('/sitemap.xml');
    expect(root.status).toBe(200);
    expect(root.body).toContain('<sitemapindex');
    const files = [...root.body.matchAll(/<loc>https?:\/\/[^/]+(\/sitemaps\/\d+\.xml)<\/loc>/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThanOrEqual(Math.ceil(archive.size / archive.sitemapMax));
    let urls = 0;
    for (const f of files) {
      const part = await get(f);
      expect(part.status).toBe(200);
      const n = part.body.match(/<url>/g)?.length ?? 0;
      expect(n).toBeLessThanOrEqual(archive.sitemapMax);
      urls += n;
    }
    expect(urls).toBeGreaterThan(archive.size);
    expect((await get(`/sitemaps/${files.length + 1}.xml`)).status).toBe(404);
  });

  it('renders an old article that was not pre-rendered on its first request', async () => {
    const oldest = content.articles[content.articles.length - 1];
    const prerendered = path.join(archive.distDir, 'server', 'app', 'articles', `${oldest.slug}.html`);
    const newest = path.join(archive.distDir, 'server', 'app', 'articles', `${content.articles[0].slug}.html`);
    expect(fs.existsSync(newest)).toBe(true);
    expect(fs.existsSync(prerendered)).toBe(false);
    const res = await get(oldest.url);
    expect(res.status).toBe(200);
    expect(res.body).toContain(oldest.title.replace(/&/g, '&amp;'));
  });

  it('keeps feeds to the latest 50 items', async () => {
    const { body } = await get('/feed.xml');
    expect(body.match(/<item>/g)).toHaveLength(50);
    expect(body).toContain(content.articles[0].url);
  });

  it('paginates search results', async () => {
    const first = await get(`/search?city=${citySlug}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain(`共 <strong>${inCity.length}</strong> 篇`);
    const pages = Math.ceil(inCity.length / 10);
    expect((await get(`/search?city=${citySlug}&page=${pages}`)).status).toBe(200);
    expect((await get(`/search?city=${citySlug}&page=${pages + 1}`)).status).toBe(404);
  });
});
