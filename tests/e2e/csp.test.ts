import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/server/chromium';
import { baseUrl } from '../helpers/http';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// One page of every type the site serves, including a 404 and a search with results.
const PAGES = [
  '/',
  '/articles/shangcheng-qiangji-funeng',
  '/series/chuangxin-jiceng-zhili',
  '/cities',
  '/cities/hangzhou',
  '/cities/hangzhou/fuyang',
  '/authors/%E5%91%A8%E9%9D%99',
  '/archive',
  '/archive/2023',
  '/archive/2023/12',
  '/archive/2023/12/28',
  '/archive/2023/12/28/zhoushan',
  '/search?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA',
  '/no-such-page',
];

describe('Content-Security-Policy in Chromium', () => {
  it.each(PAGES)('%s loads, hydrates and runs its scripts with no CSP violation', async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    try {
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && refused.push(m.text()));
      const res = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
      // Next's client router is up: its scripts (inline data + chunks) were allowed to run.
      await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe('object');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
