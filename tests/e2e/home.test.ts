import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/server/chromium';
import { horizontalOverflow, openPage, seriousViolations } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (path: string, width = 390, colorScheme: 'light' | 'dark' = 'light') =>
  openPage(browser, path, { viewport: { width, height: 844 }, colorScheme });

describe('home page in Chromium', () => {
  it('filters by city and district with shareable URLs', async () => {
    const { page, errors, close } = await open('/');
    await page.getByRole('link', { name: /^舟山市 \d+$/ }).click();
    await page.waitForURL(/\/archive\/2023\/12\/28\/zhoushan$/);
    await expect(page.getByRole('heading', { name: '治堵多管齐下 序化美化亮化' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: '三方协同激活老旧小区' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: /^定海区 \d+$/ }).click();
    await page.waitForURL(/\/archive\/2023\/12\/28\/zhoushan\/dinghai$/);
    await expect(page.getByRole('heading', { name: '治堵多管齐下 序化美化亮化' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: '智慧海洋分论坛在定海开幕' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('submits the search form to /search', async () => {
    const { page, close } = await open('/');
    await page.getByRole('searchbox', { name: '搜索文章' }).fill('消防');
    await page.getByRole('searchbox', { name: '搜索文章' }).press('Enter');
    await page.waitForURL(/\/search\?q=%E6%B6%88%E9%98%B2/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('消防');
    await close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no sideways scrolling at 390 px and no serious accessibility violations (${scheme})`, async () => {
      const { page, errors, close } = await open('/', 390, scheme);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
