import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import { launchChromium } from '../lib/server/chromium';
import { median } from '../bench/stats';
import { markdownTable } from './report';

/**
 * What a reader on a slow phone sees, measured rather than simulated: a cold load in a fresh
 * Chromium under DevTools throttling, and the browser's own first and largest contentful paint.
 * Lighthouse loads the page unthrottled and simulates the phone from that trace, so whether a
 * paint came before or after the scripts on a fast machine moves its estimate; here it cannot.
 */

/** Lighthouse's own mobile profile: its settings for applied throttling, and its phone's screen. */
export const THROTTLING = throttling.mobileSlow4G;
const PHONE = screenEmulationMetrics.mobile;

export type ThrottledSample = { fcpMs: number; lcpMs: number };

export async function throttledLoad(url: string): Promise<ThrottledSample> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: PHONE.width, height: PHONE.height },
      deviceScaleFactor: PHONE.deviceScaleFactor,
      isMobile: PHONE.mobile,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // DevTools takes bytes per second, Lighthouse's settings are in kilobits (of 1024 bits).
    const bytesPerSecond = (kbps: number) => Math.floor((kbps * 1024) / 8);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.requestLatencyMs,
      downloadThroughput: bytesPerSecond(THROTTLING.downloadThroughputKbps),
      uploadThroughput: bytesPerSecond(THROTTLING.uploadThroughputKbps),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdownMultiplier });
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number };
      w.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__lcp = e.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    // LCP entries stop at the first input; none comes, so a short wait after load lets the last one in.
    await page.waitForTimeout(300);
    return await page.evaluate(() => ({
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcpMs: (window as unknown as { __lcp: number }).__lcp,
    }));
  } finally {
    await browser.close();
  }
}

/** Medians per page and app, with every load's LCP. */
export function throttledTable<A extends string, P extends string>(samples: Record<A, Record<P, ThrottledSample[]>>): string {
  const rows = Object.entries<Record<P, ThrottledSample[]>>(samples).flatMap(([app, pages]) =>
    Object.entries<ThrottledSample[]>(pages).map(([page, runs]) => [
      page,
      app,
      median(runs.map((r) => r.fcpMs)).toFixed(0),
      median(runs.map((r) => r.lcpMs)).toFixed(0),
      runs.map((r) => r.lcpMs.toFixed(0)).join(', '),
    ]),
  );
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  return markdownTable(['page', 'app', 'FCP (ms)', 'LCP (ms)', 'LCP of each load (ms)'], rows, 'llrrl');
}
