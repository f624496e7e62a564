import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/server/chromium';
import { horizontalOverflow, openPage, seriousViolations } from '../helpers/browser';
import { baseUrl } from '../helpers/http';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ARTICLE = '/articles/suimo-nianguan-fanghuo-xiaozai';

describe('the edition as readers know it, in Chromium', () => {
  it('leads the home page with 最新一期 and the edition, and 第17版（专刊） opens the page view', async () => {
    const { page, errors, close } = await openPage(browser, '/');
    expect(
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '最新一期' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('2023年12月28日');
    // The banner series comes before the first stand-alone article.
    const order = await page.locator('main h2, main h3').allInnerTexts();
    expect(order.indexOf('创新基层治理 开启美丽嬗变')).toBeLessThan(order.indexOf('上城区：强基赋能 凝“新”聚力'));
    await page.getByRole('link', { name: '第17版（专刊）' }).first().click();
    await page.waitForURL('**/archive/2023/12/28/17');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^第17版\s*专刊$/);
    expect(await page.locator('main .card').count()).toBe(14);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a day from 往期 in one click on the calendar', async () => {
    const { page, close } = await openPage(browser, '/archive');
    await page.getByRole('link', { name: '12月28日，14 篇' }).click();
    await page.waitForURL('**/archive/2023/12/28');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('2023年12月28日');
    await close();
  });

  it('links the article’s 第17版（专刊） to the page, and labels the editor’s summary and our proofreading', async () => {
    const { page, close } = await openPage(browser, ARTICLE);
    expect(await page.getByRole('link', { name: '第17版（专刊）' }).getAttribute('href')).toBe('/archive/2023/12/28/17');
    expect(await page.getByText('摘要（编者）').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '数字化校对说明' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /更正/ }).count()).toBe(0);
    await close();
  });

  it('shares through Web Share the page the reader is on, without WeChat’s parameters', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // Chromium on Linux has no share sheet: stand one in that records what it is given.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      navigator.share = async (data?: ShareData) => {
        if (data) shared.push(data);
      };
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${ARTICLE}?from=singlemessage&isappinstalled=0`, { waitUntil: 'load' });
    await page.getByRole('button', { name: '分享' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([
      { title: '岁末年关 防火消灾', text: '岁末年关 防火消灾｜浙江新闻摘要', url: `${baseUrl()}${ARTICLE}` },
    ]);
    await context.close();
  });

  for (const [width, scheme] of [
    [390, 'light'],
    [390, 'dark'],
    [1280, 'dark'],
  ] as const) {
    for (const path of ['/archive/2023/12/28/17', '/archive']) {
      it(`shows ${path} without sideways scrolling or serious a11y violations at ${width}px ${scheme}`, async () => {
        const { page, errors, close } = await openPage(browser, path, { viewport: { width, height: 844 }, colorScheme: scheme });
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }
});
