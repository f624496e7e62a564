/**
 * Screenshots of pages at phone and desktop widths, light and dark:
 *   npm run screenshots -- --url http://127.0.0.1:3000 [--out DIR] / /articles/xxx ...
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, stringOption } from './lib/cli/args';
import { launchChromium } from './lib/server/chromium';

const args = parseArgs(process.argv.slice(2));
const base = stringOption(args, 'url') ?? 'http://127.0.0.1:3000';
const out = stringOption(args, 'out') ?? 'screenshots';
const paths = args.positionals.length ? args.positionals : ['/'];
const widths = [390, 1280];

fs.mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 }, colorScheme });
    const page = await context.newPage();
    for (const p of paths) {
      await page.goto(`${base}${p}`, { waitUntil: 'load' });
      const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
