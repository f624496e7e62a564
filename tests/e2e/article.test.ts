import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '../../scripts/lib/server/chromium';
import { horizontalOverflow, openPage } from '../helpers/browser';
import { baseUrl } from '../helpers/http';
import { FONT_SIZE_KEY, fontSizeBootScript } from '../../app/font-size-script';

const ARTICLE = '/articles/suimo-nianguan-fanghuo-xiaozai';
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('article page in Chromium', () => {
  it('copies the address of the page the reader is on, without WeChat’s tracking parameters, and says so', async () => {
    const { page, errors, close } = await openPage(browser, `${ARTICLE}?from=singlemessage&isappinstalled=0&utm_source=x`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.getByRole('button', { name: '已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl()}${ARTICLE}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('remembers the chosen font size across reloads', async () => {
    const { page, close } = await openPage(browser, ARTICLE);
    const bodySize = () =>
      page
        .locator('.reader')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await bodySize();
    await page.getByRole('button', { name: '特大' }).click();
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize()).toBeCloseTo(normal * 1.3, 0);
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('xl');
    expect(await bodySize()).toBeCloseTo(normal * 1.3, 0);
    await close();
  });

  it('applies the saved font size before the first paint, without holding up the parser, so the text never paints at the default size', async () => {
    const { page, close } = await openPage(browser, ARTICLE);
    await page.evaluate((key) => localStorage.setItem(key, 'lg'), FONT_SIZE_KEY);
    // Mutation records arrive in a microtask, before any paint could come between the change and its record.
    await page.addInitScript(() => {
      const log: { size?: string; sizeAt?: number; textAt?: number } = {};
      (window as unknown as { __log: typeof log }).__log = log;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && log.sizeAt === undefined) {
            log.size = document.documentElement.dataset.fontSize;
            log.sizeAt = performance.now();
          } else if (log.textAt === undefined && [...r.addedNodes].some((n) => n instanceof Element && n.matches('.reader'))) {
            log.textAt = performance.now();
          }
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-font-size'] });
    });
    // The stylesheet held back: a classic inline script would stop the parser until it arrives.
    await page.route(/\/_next\/static\/chunks\/.*\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.reload({ waitUntil: 'load' });
    const { log, firstPaint, cssArrived } = await page.evaluate(() => ({
      log: (window as unknown as { __log: { size?: string; sizeAt?: number; textAt?: number } }).__log,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
      cssArrived: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => r.name.endsWith('.css'))
        ?.responseEnd,
    }));
    expect(log.size).toBe('lg');
    expect(firstPaint).toBeGreaterThan(log.sizeAt ?? Infinity);
    // The article text was parsed while the stylesheet was still on its way.
    expect(log.textAt).toBeLessThan(cssArrived ?? 0);
    await close();
  });

  it('still applies the saved font size when the page’s boot script did not run (as after a client-side navigation)', async () => {
    const { page, close } = await openPage(browser, ARTICLE);
    await page.evaluate((key) => localStorage.setItem(key, 'sm'), FONT_SIZE_KEY);
    // The same markup with the boot script's code emptied, as React leaves a script it inserts.
    await page.route(`${baseUrl()}${ARTICLE}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain(fontSizeBootScript);
      await route.fulfill({ response, body: html.replace(fontSizeBootScript, '') });
    });
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('sm');
    expect(await page.getByRole('button', { name: '小', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await close();
  });

  it('shows the QR code as an image WeChat can scan on desktop, hides it on phones, and hides 分享 where the Web Share API is missing', async () => {
    const { page, close } = await openPage(browser, ARTICLE, { viewport: { width: 1280, height: 900 } });
    const qr = page.getByRole('img', { name: /二维码/ });
    expect(await qr.evaluate((img: HTMLImageElement) => img.src)).toMatch(/\/qr\.png$/);
    await qr.scrollIntoViewIfNeeded();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(200);
    expect((await qr.boundingBox())?.width).toBeGreaterThan(80);
    expect(await page.getByText('微信扫一扫').isVisible()).toBe(true);
    const phone = await openPage(browser, ARTICLE, { viewport: { width: 390, height: 844 } });
    expect(await phone.page.getByRole('img', { name: /二维码/ }).isVisible()).toBe(false);
    await phone.close();
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.getByRole('button', { name: '分享' }).count()).toBe(hasShare ? 1 : 0);
    await close();
  });

  it('gives byline and place links a tap target at least 24 px tall on a phone', async () => {
    const { page, close } = await openPage(browser, ARTICLE, { viewport: { width: 390, height: 844 } });
    const links = page.locator('article header dd a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    for (const box of await Promise.all((await links.all()).map((l) => l.boundingBox()))) {
      expect(box?.height).toBeGreaterThanOrEqual(24);
    }
    await close();
  });

  for (const [width, scheme] of [
    [360, 'light'],
    [390, 'dark'],
    [1280, 'light'],
  ] as const) {
    it(`reads without sideways scrolling, console errors or serious a11y violations at ${width}px ${scheme}`, async () => {
      const { page, errors, close } = await openPage(browser, ARTICLE, { viewport: { width, height: 800 }, colorScheme: scheme });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe('place and author pages in Chromium', () => {
  for (const path of [
    '/cities',
    '/cities/hangzhou',
    '/cities/hangzhou/fuyang',
    `/authors/${encodeURIComponent('周静')}`,
    '/cities/jiaxing',
    '/archive/2023/12/28',
    '/series/chuangxin-jiceng-zhili',
    `/search?q=${encodeURIComponent('消防')}`,
  ]) {
    it(`${path} has no sideways scrolling at 390px and no serious a11y violations`, async () => {
      const { page, errors, close } = await openPage(browser, path);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
