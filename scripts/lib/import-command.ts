/**
 * `content import FILE --date YYYY-MM-DD --page N [--section S] [--publication P] [--out DIR]
 * [--force] [--json]`: checks every parameter before touching anything, reads what the site
 * already knows (authors, slugs, series), imports, writes the drafts and prints the review list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringOption, UsageError, type ParsedArgs } from './cli/args';
import { checkContent } from '../../lib/content/load';
import { IsoDateSchema } from '../../lib/content/schema';
import { decodeText } from '../../lib/import/decode';
import { importPage } from '../../lib/import/import';
import { formatReview, reviewSummary, sortReview } from '../../lib/import/review';
import { writeDrafts } from '../../lib/import/write';

export const IMPORT_USAGE =
  'usage: npm run --silent content -- import FILE --date YYYY-MM-DD --page N [--section 专刊] [--publication 浙江日报] [--out DIR] [--force] [--json]';
export const IMPORT_FLAGS = ['force', 'json'];
/** Every option `content import` reads; any other is refused as a typo. */
export const IMPORT_OPTIONS = [...IMPORT_FLAGS, 'date', 'page', 'section', 'publication', 'out', 'dir'];

export type CommandOutput = { code: number; out: string[]; err: string[] };

function options(args: ParsedArgs, contentDir: string) {
  const file = args.positionals[1];
  if (!file) throw new UsageError(`缺少要导入的文件\n${IMPORT_USAGE}`);
  const date = stringOption(args, 'date');
  if (!date) throw new UsageError(`--date: 缺少日期，格式 YYYY-MM-DD\n${IMPORT_USAGE}`);
  const parsedDate = IsoDateSchema.safeParse(date);
  if (!parsedDate.success) throw new UsageError(`--date: “${date}”：${parsedDate.error.issues[0].message}`);
  const pageText = stringOption(args, 'page');
  const page = Number(pageText);
  if (!pageText || !/^\d+$/.test(pageText) || page < 1)
    throw new UsageError(`--page: “${pageText ?? ''}”不是版次，应为正整数，如 17`);
  const [y, m, d] = date.split('-');
  const out = path.resolve(stringOption(args, 'out') ?? path.join(contentDir, y, m, d));
  return {
    file,
    date,
    page,
    out,
    section: stringOption(args, 'section'),
    publication: stringOption(args, 'publication') ?? '浙江日报',
    force: args.options.get('force') === true,
    json: args.options.get('json') === true,
  };
}

/** What the site already holds; drafts in the output folder do not reserve their slugs. */
function siteKnowledge(contentDir: string, out: string) {
  const { articles, series } = checkContent(contentDir);
  const inOut = (file: string) => path.dirname(path.join(contentDir, file)) === out;
  return {
    knownAuthors: new Set(articles.filter((a) => !a.draft).flatMap((a) => a.authors)),
    takenSlugs: new Set(articles.filter((a) => !(a.draft && inOut(a.file))).map((a) => a.slug)),
    knownSeries: series.map((s) => ({ slug: s.slug, title: s.title })),
  };
}

export function importCommand(args: ParsedArgs, contentDir: string): CommandOutput {
  const o = options(args, contentDir);
  if (!fs.existsSync(o.file) || !fs.statSync(o.file).isFile()) return { code: 1, out: [], err: [`${o.file}: 文件不存在`] };
  const decoded = decodeText(fs.readFileSync(o.file));
  if (!decoded.ok) return { code: 1, out: [], err: [`${o.file}: ${decoded.message}`] };
  const started = performance.now();
  const result = importPage(decoded.text, { ...o, ...siteKnowledge(contentDir, o.out) });
  if (result.drafts.length === 0) return { code: 1, out: [], err: [`${o.file}: 没有找到任何文章（需要标题行或署名）`] };
  const written = writeDrafts(result.drafts, { ...o });
  if (!written.ok) return { code: 1, out: [], err: [written.message] };
  const ms = Math.round(performance.now() - started);
  if (o.json) {
    const json = {
      encoding: decoded.encoding,
      files: written.files,
      series: result.series,
      review: sortReview(result.review),
      drafts: result.drafts,
    };
    return { code: 0, out: [JSON.stringify(json, null, 2)], err: [] };
  }
  const encodingNote = decoded.encoding === 'UTF-8' ? '' : `（按 ${decoded.encoding} 读入）`;
  return {
    code: 0,
    out: [
      ...formatReview(result.review),
      `${result.drafts.length} 篇草稿写入 ${o.out}${encodingNote}，${result.series.length} 个专题；${reviewSummary(result.review)}；用时 ${ms} ms`,
    ],
    err: [],
  };
}
