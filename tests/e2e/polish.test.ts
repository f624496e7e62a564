import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '../../scripts/lib/server/chromium';
import { openPage } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Scheme = 'light' | 'dark';
const open = (path: string, width = 390, colorScheme: Scheme = 'light') =>
  openPage(browser, path, { viewport: { width, height: 844 }, colorScheme });

/** Heights of the visible links matched by a selector. */
const linkHeights = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => Math.round(e.getBoundingClientRect().height)),
  );

/** For each element: the number of characters on its last rendered line. */
const lastLineLengths = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    // Visually hidden headings (sr-only, 1 px wide) have no lines to speak of.
    els
      .filter((el) => el.getBoundingClientRect().width > 20)
      .map((el) => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            if (/\s/.test(text[i])) continue;
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const r = range.getBoundingClientRect();
            if (r.width > 0) tops.push(Math.round(r.top));
          }
        }
        const last = Math.max(...tops);
        const lines = new Set(tops).size;
        return { text: el.textContent?.slice(0, 20), lines, last: tops.filter((t) => Math.abs(t - last) < 4).length };
      }),
  );

describe('search page', () => {
  it.each([390, 1280])('shows one search box at %i px, its own, not the header’s as well', async (width) => {
    const { page, close } = await open(`/search?q=${encodeURIComponent('网格')}`, width);
    try {
      expect(await page.getByRole('searchbox').count()).toBe(1);
      expect(await page.getByRole('banner').getByRole('searchbox').count()).toBe(0);
      expect(await page.getByRole('searchbox').inputValue()).toBe('网格');
    } finally {
      await close();
    }
  });

  it('keeps the header’s search box on every other page', async () => {
    const { page, close } = await open('/cities', 1280);
    try {
      expect(await page.getByRole('banner').getByRole('searchbox').count()).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('404 pages', () => {
  // Static 404s carry the message in their HTML; those rendered on request come as Next's error
  // shell and are drawn in the browser from the page's data, header and footer included.
  it.each(['/no-such-page', '/articles/no-such-article', '/cities/hangzhou/jianggan'])(
    'shows %s as 页面不存在 with the site frame and a way on',
    async (path) => {
      const { page, errors, close } = await open(path);
      try {
        await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor({ state: 'visible', timeout: 10_000 });
        expect(await page.getByRole('banner').getByRole('searchbox').count()).toBe(1);
        expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
        expect(await page.getByRole('link', { name: '返回首页，看最新一期' }).getAttribute('href')).toBe('/');
        expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('tap targets at 390 px', () => {
  it('makes header, footer and related-article links at least 24 px tall (header 44)', async () => {
    const { page, close } = await open('/articles/suimo-nianguan-fanghuo-xiaozai');
    const nav = await linkHeights(page, 'nav[aria-label="主导航"] a');
    expect(nav.length).toBe(4);
    for (const h of nav) expect(h).toBeGreaterThanOrEqual(44);
    const footer = await linkHeights(page, 'footer a');
    expect(footer.length).toBeGreaterThan(0);
    for (const h of footer) expect(h).toBeGreaterThanOrEqual(24);
    const related = await linkHeights(page, 'section[aria-labelledby="related-heading"] a');
    expect(related.length).toBeGreaterThan(0);
    for (const h of related) expect(h).toBeGreaterThanOrEqual(24);
    await close();
  });

  it('gives every link an accessible name that starts with its visible text', async () => {
    for (const path of [
      '/',
      '/articles/shangcheng-qiangji-funeng',
      `/search?q=${encodeURIComponent('消防')}`,
      '/cities/hangzhou',
      '/authors',
    ]) {
      const { page, close } = await open(path);
      const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
      expect(results.violations.map((v) => `${path}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await close();
    }
  });
});

describe('Chinese typography', () => {
  it('sets an opening quote at the start of a line half-width, flush with the margin', async () => {
    const { page, close } = await open('/articles/diedai-zhizhi-minsheng');
    const { quote, em } = await page
      .locator('.reader p')
      .first()
      .evaluate((p) => {
        const text = p.firstChild!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        return {
          quote: range.getBoundingClientRect().width,
          em: parseFloat(getComputedStyle(p).fontSize),
          first: text.textContent![0],
        };
      });
    expect(quote).toBeLessThan(em * 0.75);
    await close();
  });

  it('leaves no heading or summary with one lone character on its last line', async () => {
    for (const width of [390, 1280]) {
      const { page, close } = await open('/', width);
      const lines = await lastLineLengths(page, 'h1, h2, h3, .card-summary');
      const lone = lines.filter((l) => l.lines > 1 && l.last < 2);
      expect(lone, `${width} px`).toEqual([]);
      await close();
    }
  });

  it('never wraps the date alone onto a line, even after three authors', async () => {
    for (const path of ['/', '/articles/diedai-zhizhi-minsheng', '/cities/hangzhou']) {
      const { page, close } = await open(path);
      const alone = await page.$$eval('time', (times) =>
        times
          .map((t) => {
            const line = t.closest('p, dl') as HTMLElement | null;
            if (!line) return null;
            const r = t.getBoundingClientRect();
            const onItsLine = [...line.querySelectorAll('a, span, dt, time')].filter(
              (e) =>
                e !== t &&
                !t.contains(e) &&
                !e.contains(t) &&
                e.getBoundingClientRect().width > 0 &&
                Math.abs(e.getBoundingClientRect().top - r.top) < 6,
            );
            return onItsLine.length === 0 && r.top > line.getBoundingClientRect().top + 4 ? t.textContent : null;
          })
          .filter(Boolean),
      );
      expect(alone, path).toEqual([]);
      await close();
    }
  });

  it('keeps a city and its district on one line: 杭州市余杭区, never 杭州市 / 余杭区', async () => {
    for (const path of ['/cities/hangzhou', '/', '/series/chuangxin-jiceng-zhili', '/articles/suimo-nianguan-fanghuo-xiaozai']) {
      const { page, close } = await open(path);
      const pairs = await page.$$eval(':is(.meta-line, dd) a[href^="/cities/"]', (links) =>
        // In document order: a district's link right after its city's is one place name.
        links.flatMap((district, k) => {
          const city = links[k - 1];
          const href = district.getAttribute('href') ?? '';
          if (!city || city.getAttribute('href') !== href.slice(0, href.lastIndexOf('/'))) return [];
          const top = (e: Element) => Math.round(e.getBoundingClientRect().top);
          return [{ place: `${city.textContent}${district.textContent}`, split: top(district) > top(city) + 4 }];
        }),
      );
      expect(pairs.length, path).toBeGreaterThan(0);
      expect(
        pairs.filter((p) => p.split).map((p) => p.place),
        path,
      ).toEqual([]);
      await close();
    }
  });

  it('keeps each date on one line and breaks a headline only at a space or punctuation', async () => {
    for (const path of ['/articles/shangcheng-qiangji-funeng', '/articles/suimo-nianguan-fanghuo-xiaozai']) {
      const { page, close } = await open(path);
      const splitDates = await page.$$eval('time', (times) =>
        times.filter((t) => t.getClientRects().length > 1).map((t) => t.textContent),
      );
      expect(splitDates, path).toEqual([]);
      // Each line break of the headline, as the text on either side of it.
      const breaks = await page.$eval('h1', (h1) => {
        const node = h1.firstChild;
        const text = node?.textContent ?? '';
        const range = document.createRange();
        const top = (i: number) => {
          range.setStart(node as Text, i);
          range.setEnd(node as Text, i + 1);
          return Math.round(range.getBoundingClientRect().top);
        };
        const chars = [...text.matchAll(/\S/gu)].map((m) => ({ i: m.index, top: top(m.index) }));
        return chars.slice(1).flatMap((c, k) => (c.top > chars[k].top + 4 ? [text.slice(chars[k].i, c.i + 1)] : []));
      });
      // 能 凝 (at the space) or 区：强 (after punctuation) pass; 赋能 (inside a phrase) does not.
      for (const around of breaks) expect(around, `${path}: 《${around}》`).toMatch(/[\s：，、。！？；”）]|[“（]$/u);
      await close();
    }
  });
});

describe('tile map', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is deeper for busier cities, as its caption says (${scheme})`, async () => {
      const { page, close } = await open('/', 1280, scheme);
      const tiles = await page.$$eval('#city-map figure a', (links) =>
        links.map((a) => {
          const count = Number(/(\d+) 篇/.exec(a.textContent ?? '')?.[1]);
          const [r, g, b, alpha = 1] = (getComputedStyle(a).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
          const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return { count, alpha, luminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) };
        }),
      );
      expect(await page.locator('figcaption').first().textContent()).toContain('颜色越深文章越多');
      const shaded = tiles.filter((t) => t.count > 0).sort((a, b) => a.count - b.count);
      expect(shaded.length).toBeGreaterThan(2);
      for (let i = 1; i < shaded.length; i++)
        expect(shaded[i].luminance, JSON.stringify(shaded)).toBeLessThanOrEqual(shaded[i - 1].luminance + 1e-9);
      await close();
    });
  }

  it('is one tap away right under the place filters on a phone, not only after every article', async () => {
    const { page, close } = await open('/');
    const link = page.getByRole('link', { name: '地区分布图 ↓' });
    const firstArticle = page.locator('article h2, article h3').first();
    const [l, a] = [await link.boundingBox(), await firstArticle.boundingBox()];
    expect(l && a && l.y < a.y).toBe(true);
    await link.click();
    await expect.poll(() => page.locator('#city-map figure a').first().isVisible()).toBe(true);
    await expect.poll(async () => (await page.locator('#city-map').boundingBox())?.y ?? 9999).toBeLessThan(844);
    await close();
  });
});
