/**
 * Where and when a file belongs: a file at `YYYY/MM/DD/<name>.md` (or `series/<name>.md`) must say
 * that date and that slug, since editors and URLs find it by one and readers by the other; and
 * no article may be dated after tomorrow in China, which is a typo, not news.
 */
import type { Article, Problem } from './schema';

const DATED = /^(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\.md$/;
const SERIES = /^series\/([^/]+)\.md$/;

/** The date and slug a file's path promises; other layouts (flat test folders) promise nothing. */
function promised(file: string): { date?: string; slug?: string } {
  const dated = DATED.exec(file);
  if (dated) return { date: `${dated[1]}-${dated[2]}-${dated[3]}`, slug: dated[4] };
  const series = SERIES.exec(file);
  return series ? { slug: series[1] } : {};
}

/** `date` and `slug` are the file's values when they are valid, else undefined (already reported). */
export function placementProblems(file: string, values: { date?: string; slug?: string }): Problem[] {
  const want = promised(file);
  const problems: Problem[] = [];
  if (want.date && values.date && values.date !== want.date) {
    const folder = want.date.replaceAll('-', '/');
    const message = `日期 ${values.date} 与所在目录 ${folder}/ 不符：请改正日期，或把文件移到 ${values.date.replaceAll('-', '/')}/`;
    problems.push({ file, field: 'date', message });
  }
  if (want.slug && values.slug && values.slug !== want.slug) {
    const message = `slug“${values.slug}”与文件名“${want.slug}.md”不符：文件应命名为 ${values.slug}.md`;
    problems.push({ file, field: 'slug', message });
  }
  return problems;
}

// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in Asia/Shanghai at `now`, offset by `days`. */
export function shanghaiDate(now: Date, days = 0): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Dates after tomorrow (Asia/Shanghai) at `now`. Checked at every load, not cached with the
 * parse, because the answer changes with the day while the file does not.
 */
export function futureProblems(article: Article, now: Date): Problem[] {
  const tomorrow = shanghaiDate(now, 1);
  const dates = [['date', article.date], ['source.date', article.source.date]] as const;
  return dates.flatMap(([field, date]) =>
    date > tomorrow
      ? [{ file: article.file, field, message: `日期 ${date} 在未来（今天是 ${shanghaiDate(now)}，北京时间），不能发布` }]
      : [],
  );
}
