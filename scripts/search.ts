// Search the content from the command line:
//   npx tsx scripts/search.ts 上城区 统战 [--city 杭州] [--district 上城区] [--limit 10] [--offset 0] [--json]
import { loadContent } from '../lib/content/load';
import { parseArgs, stringOption, UsageError } from '../lib/cli/args';
import { toSearchDocument } from '../lib/search/document';
import { buildIndex, search } from '../lib/search/index';

function plain(html: string): string {
  return html
    .replace(/<mark>/g, '\u001b[1;33m')
    .replace(/<\/mark>/g, '\u001b[0m')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv, ['json']);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const q = args.positionals.join(' ');
  const num = (name: string) => {
    const v = stringOption(args, name);
    return v === undefined ? undefined : Number(v);
  };
  const t0 = performance.now();
  const index = buildIndex(loadContent().articles.map(toSearchDocument));
  const t1 = performance.now();
  const result = search(index, {
    q,
    city: stringOption(args, 'city'),
    district: stringOption(args, 'district'),
    limit: num('limit'),
    offset: num('offset'),
  });
  const t2 = performance.now();
  if (args.options.has('json')) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  if (result.message) console.log(`提示：${result.message}`);
  console.log(
    `共 ${result.total} 篇（词：${result.terms.join(' / ') || '—'}；索引 ${(t1 - t0).toFixed(0)} ms，查询 ${(t2 - t1).toFixed(1)} ms）`,
  );
  for (const h of result.hits) {
    console.log(`\n${h.title}  [${h.id}]  score ${h.score}`);
    console.log(`  ${plain(h.snippet)}`);
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
process.exitCode = main(process.argv.slice(2));
