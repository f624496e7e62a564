import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl } from './http';

export type OpenedPage = { page: Page; errors: string[]; close: () => Promise<void> };

/** Opens a path in a fresh context, collecting console errors and uncaught exceptions. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** axe-core's serious and critical findings on the page, each as `rule: selectors`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
