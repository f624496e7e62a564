/**
 * npm run --silent search -- QUERY [--city NAME] [--district NAME] [--dir DIR] [--limit N] [--offset N] [--json]
 * The same engine as the /search page. With --json: the ranked hits as a JSON array of
 * {slug, title, score, snippet}. --limit is 1–100 and --offset 0–10 000, the engine's own bounds.
 */
import path from 'node:path';
import { intOption, parseArgs, rejectUnknownOptions, stringOption, UsageError } from './lib/cli/args';
import { snippetForTerminal } from './lib/cli/terminal';
import { CONTENT_DIR } from '../lib/content/config';
import { escapeControl } from '../lib/content/control';
import { loadContent } from '../lib/content/load';
import { ContentError, formatProblem } from '../lib/content/problems';
import { searchIndexFor } from '../lib/search/content-index';
import { search } from '../lib/search/index';
import { LIMITS } from '../lib/search/index';

const USAGE =
  'usage: npm run --silent search -- QUERY [--city NAME] [--district NAME] [--dir DIR] [--limit N] [--offset N] [--json]';

const OPTIONS = ['city', 'district', 'dir', 'limit', 'offset', 'json'];

function main(argv: string[]): number {
  const args = parseArgs(argv, ['json']);
  rejectUnknownOptions(args, OPTIONS);
  const limit = intOption(args, 'limit', { min: 1, max: LIMITS.maxLimit });
  const offset = intOption(args, 'offset', { min: 0, max: LIMITS.maxOffset });
  const q = args.positionals.join(' ');
  const dirOption = stringOption(args, 'dir');
  const dir = dirOption ? path.resolve(dirOption) : CONTENT_DIR;
  const t0 = performance.now();
  const index = searchIndexFor(loadContent(dir));
  const t1 = performance.now();
  const result = search(index, {
    q,
    city: stringOption(args, 'city'),
    district: stringOption(args, 'district'),
    limit,
    offset,
  });
  const t2 = performance.now();
  if (args.options.has('json')) {
    const hits = result.hits.map((h) => ({ slug: h.id, title: h.title, score: h.score, snippet: h.snippet }));
    process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    if (result.message) console.error(escapeControl(result.message));
    return 0;
  }
  if (result.message) console.log(`提示：${escapeControl(result.message)}`);
  const terms = escapeControl(result.terms.join(' / ')) || '—';
  console.log(`共 ${result.total} 篇（词：${terms}；索引 ${(t1 - t0).toFixed(0)} ms，查询 ${(t2 - t1).toFixed(1)} ms）`);
  for (const h of result.hits) {
    console.log(`\n${escapeControl(h.title)}  [${h.id}]  score ${h.score}`);
    console.log(`  ${snippetForTerminal(h.snippet)}`);
  }
  if (result.facets.cities.length > 0) {
    console.log(`\n城市：${result.facets.cities.map((c) => `${c.name} ${c.count}`).join('，')}`);
  }
  if (result.facets.districts.length > 0) {
    console.log(`区县：${result.facets.districts.map((d) => `${d.name} ${d.count}`).join('，')}`);
  }
  return 0;
}

// `| head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${escapeControl(error.message)}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ContentError) {
    for (const p of error.problems) console.error(formatProblem(p));
    process.exitCode = 1;
  } else throw error;
}
