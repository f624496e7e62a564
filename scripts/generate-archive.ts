/**
 * npm run --silent generate:archive -- --count N --out DIR [--seed S]
 * Writes N seeded synthetic articles (real paragraphs, random places) as content files.
 * Build or start the site against them with CONTENT_DIR=DIR.
 */
import path from 'node:path';
import { parseArgs, stringOption, UsageError } from './lib/cli/args';
import { loadContent } from '../lib/content/load';
import { writeArchive } from './lib/synthetic/archive';

try {
  const args = parseArgs(process.argv.slice(2));
  const count = Number(stringOption(args, 'count'));
  const out = stringOption(args, 'out');
  const seed = Number(stringOption(args, 'seed') ?? 1);
  if (!out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    throw new UsageError('usage: npm run --silent generate:archive -- --count N --out DIR [--seed S]');
  }
  const started = performance.now();
  const { files, bytes } = writeArchive(loadContent(), path.resolve(out), count, seed);
  const ms = Math.round(performance.now() - started);
  console.log(`${files} 篇文章写入 ${path.resolve(out)}（${(bytes / 1e6).toFixed(1)} MB，${ms} ms）`);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
