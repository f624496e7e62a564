/**
 * npm run --silent content -- export [--dir DIR]   JSON array of every article record
 * npm run --silent content -- check  [--dir DIR]   every problem, one per line; exit 1 if any;
 *                                                  then says where the parse cache was written
 * npm run --silent content -- import FILE --date YYYY-MM-DD --page N [...]   drafts + review list
 */
import path from 'node:path';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError } from './lib/cli/args';
import { CONTENT_DIR } from '../lib/content/config';
import { escapeControl } from '../lib/content/control';
import { toExportRecord } from '../lib/content/export';
import { checkContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { IMPORT_FLAGS, IMPORT_OPTIONS, importCommand } from './lib/import-command';

const USAGE = 'usage: npm run --silent content -- <export|check|import> [--dir DIR]';

function main(argv: string[]): number {
  const args = parseArgs(argv, IMPORT_FLAGS);
  rejectUnknownOptions(args, args.positionals[0] === 'import' ? IMPORT_OPTIONS : ['dir']);
  const [command] = args.positionals;
  const dirOption = stringOption(args, 'dir');
  const dir = dirOption ? path.resolve(dirOption) : CONTENT_DIR;
  if (command === 'import') {
    const { code, out, err } = importCommand(args, dir);
    out.forEach((line) => console.log(line));
    err.forEach((line) => console.error(line));
    return code;
  }
  if (command !== 'export' && command !== 'check') throw new UsageError(USAGE);

  const { articles, series, problems, cacheFile, cacheError } = checkContent(dir);
  if (cacheError) console.error(`解析缓存未能写入 ${cacheFile}：${cacheError}`);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`${problems.length} 处错误，${dir} 中的内容未通过检查。`);
    return 1;
  }
  if (command === 'export') {
    process.stdout.write(
      `${JSON.stringify(
        articles.map((a) => toExportRecord(a, series)),
        null,
        2,
      )}\n`,
    );
  } else {
    const drafts = articles.filter((a) => a.draft).length;
    const draftNote = drafts ? `（其中 ${drafts} 篇草稿，不在网站上显示）` : '';
    console.log(`${articles.length} 篇文章${draftNote}、${series.length} 个专题全部有效（${dir}）。`);
    if (cacheFile && !cacheError) console.log(`解析缓存：${cacheFile}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(escapeControl(error.message));
  process.exitCode = 2;
}
