import { resolveLocation } from '../places/gazetteer';
import { splitFrontmatter, type SplitResult } from './frontmatter';
import { parseMarkdown, renderMarkdown, type RenderedMarkdown } from './markdown';
import { punctuationProblem } from './lint';
import { futureProblems, placementProblems } from './placement';
import { controlProblemsInBody, controlProblemsInData, sizeProblem, unsafeMarkdown } from './safety';
import { problemsFromZod } from './problems';
import { z } from 'zod';
import { articleUrl, seriesUrl } from '../site/routes';
import {
  ArticleFrontmatterSchema,
  CorrectionSchema,
  IsoDateSchema,
  LocationInputSchema,
  SeriesFrontmatterSchema,
  SlugSchema,
  type Article,
  type ArticleFrontmatter,
  type Place,
  type Problem,
  type Series,
} from './schema';

/** A content file as read from disk: its path relative to the content folder, and its text. */
export type SourceFile = { file: string; source: string };

/** `dir`, when the content was read from a folder: where `articleHtml` finds the files again. */
export type Content = { articles: Article[]; series: Series[]; dir?: string };
export type ValidationResult = Content & { problems: Problem[] };


/** Series live in `series/`; every other Markdown file is an article. */
export const isSeriesFile = (file: string) => /^series\//.test(file.replaceAll('\\', '/'));

/** The parts of a frontmatter that can still be checked when the whole does not validate. */
function partial<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

type Split = Extract<SplitResult, { ok: true }>;

/** The body rendered, with what it may not contain (raw HTML, unsafe links, control characters). */
function renderBody(file: string, split: Split): RenderedMarkdown & { problems: Problem[] } {
  const tree = parseMarkdown(split.body);
  const messages = [...unsafeMarkdown(tree, split.bodyLine), ...controlProblemsInBody(split.body, split.bodyLine)];
  return { ...renderMarkdown(tree), problems: messages.map((message) => ({ file, field: 'body', message })) };
}

/** Beyond the schema: control characters in any field, and a path that contradicts the date or slug. */
function wholeFileProblems(file: string, data: unknown): Problem[] {
  const raw = data as Record<string, unknown>;
  const values = { date: partial(IsoDateSchema, raw.date), slug: partial(SlugSchema, raw.slug) };
  return [...controlProblemsInData(file, data), ...placementProblems(file, values)];
}

/** The fields checked beyond the schema: from the frontmatter when it validates, else each one that does on its own. */
function checkableFields(fm: ArticleFrontmatter | undefined, data: unknown) {
  const raw = data as Record<string, unknown>;
  return {
    title: fm?.title ?? partial(z.string(), raw.title) ?? '',
    locationInputs: fm?.locations ?? partial(z.array(LocationInputSchema), raw.locations) ?? [],
    corrections: fm?.corrections ?? partial(z.array(CorrectionSchema), raw.corrections) ?? [],
    summary: fm?.summary ?? partial(z.string(), raw.summary) ?? '',
  };
}

/** The places of the locations that resolve; a problem added to `problems` for each that does not. */
function resolveLocations(opts: { file: string; inputs: z.infer<typeof LocationInputSchema>[]; problems: Problem[] }): Place[] {
  const locations: Place[] = [];
  opts.inputs.forEach((loc, i) => {
    const resolved = resolveLocation(loc);
    if (resolved.ok) locations.push(resolved.place);
    else opts.problems.push({ file: opts.file, field: `locations[${i}].${resolved.field}`, message: resolved.message });
  });
  return locations;
}

export function parseArticle(input: SourceFile): { article?: Article; problems: Problem[] } {
  const { file } = input;
  const split = splitFrontmatter(input.source);
  if (!split.ok) return { problems: [{ file, field: 'frontmatter', message: split.message }] };

  // Report every problem of the file at once: a bad title must not hide an unknown city.
  const parsed = ArticleFrontmatterSchema.safeParse(split.data);
  const problems: Problem[] = parsed.success ? [] : problemsFromZod(file, parsed.error);
  problems.push(...wholeFileProblems(file, split.data));
  const { title, locationInputs, corrections, summary } = checkableFields(parsed.data, split.data);
  const locations = resolveLocations({ file, inputs: locationInputs, problems });

  const body = renderBody(file, split);
  const { text } = body;
  problems.push(...body.problems);
  if (!text) problems.push({ file, field: 'body', message: '正文为空' });

  for (const [field, value] of [['title', title], ['summary', summary], ['body', text]] as const) {
    const message = punctuationProblem(value);
    if (message) problems.push({ file, field, message });
  }

  corrections.forEach((c, i) => {
    if (c.to && !`${title}\n${text}`.includes(c.to)) {
      problems.push({ file, field: `corrections[${i}].to`, message: `正文中找不到更正后的文字“${c.to}”` });
    }
  });

  if (!parsed.success || problems.length > 0) return { problems };
  const fm = parsed.data;
  return {
    problems,
    article: {
      ...fm,
      url: articleUrl(fm.slug),
      file,
      locations,
      series: fm.series ?? null,
      summary: fm.summary || summarize(text),
      text,
    },
  };
}

export function parseSeries(input: SourceFile): { series?: Series; problems: Problem[] } {
  const { file } = input;
  const split = splitFrontmatter(input.source);
  if (!split.ok) return { problems: [{ file, field: 'frontmatter', message: split.message }] };
  const parsed = SeriesFrontmatterSchema.safeParse(split.data);
  const { html, text, problems } = renderBody(file, split);
  if (!parsed.success) problems.unshift(...problemsFromZod(file, parsed.error));
  problems.push(...wholeFileProblems(file, split.data));
  if (!parsed.success || problems.length > 0) return { problems };
  return { problems, series: { ...parsed.data, url: seriesUrl(parsed.data.slug), file, html, text } };
}

/** First sentence-ish of the body, cut by characters (not UTF-16 units). */
export function summarize(text: string, max = 80): string {
  const first = text.split('\n')[0] ?? '';
  const chars = Array.from(first);
  if (chars.length <= max) return first;
  const cut = chars.slice(0, max);
  const end = cut.findLastIndex((ch) => ch === '。' || ch === '！' || ch === '？');
  return end > max / 2 ? cut.slice(0, end + 1).join('') : `${cut.join('')}…`;
}

/** Newest first; within a day, by printed page (版次), then in the page's reading order. */
export function compareArticles(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.source.page !== b.source.page) return a.source.page - b.source.page;
  const ao = a.order ?? Number.MAX_SAFE_INTEGER;
  const bo = b.order ?? Number.MAX_SAFE_INTEGER;
  return ao - bo || a.slug.localeCompare(b.slug);
}

/** Checks that span files: unique slugs, no article twice, series that exist. */
export function crossCheck(content: Content): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (key: string, file: string, field: string, message: (other: string) => string) => {
    const other = seen.get(key);
    if (other) problems.push({ file, field, message: message(other) });
    else seen.set(key, file);
  };
  for (const s of content.series) {
    claim(`series:${s.slug}`, s.file, 'slug', (o) => `slug“${s.slug}”已被 ${o} 使用`);
  }
  for (const a of content.articles) {
    claim(`slug:${a.slug}`, a.file, 'slug', (o) => `slug“${a.slug}”已被 ${o} 使用`);
    claim(`text:${a.text}`, a.file, 'body', (o) => `与 ${o} 正文相同：同一篇文章不能收录两次`);
    claim(`title:${a.date}:${a.title}`, a.file, 'title', (o) => `与 ${o} 标题、日期相同：同一篇文章不能收录两次`);
    if (a.series && !content.series.some((s) => s.slug === a.series)) {
      const known = content.series.map((s) => s.slug).join('、') || '（无）';
      problems.push({ file: a.file, field: 'series', message: `未知的专题“${a.series}”，已有：${known}` });
    }
  }
  return problems;
}

export type ParsedFile = { article?: Article; series?: Series; problems: Problem[] };

export function parseFile(f: SourceFile): ParsedFile {
  // Before any parsing: a huge file would take seconds and hundreds of MB of Markdown parsing.
  const tooLarge = sizeProblem(Buffer.byteLength(f.source));
  if (tooLarge) return { problems: [{ file: f.file, field: '(file)', message: tooLarge }] };
  return isSeriesFile(f.file) ? parseSeries(f) : parseArticle(f);
}

/** A memo for parseFile (the persistent cache); by default every file is parsed. */
export type ParseMemo = (f: SourceFile, parse: () => ParsedFile) => ParsedFile;

/** `now` decides which dates are in the future (tests pin it); default: the clock. */
export type ValidateOptions = { memo?: ParseMemo; now?: Date };

/** Parses every file and reports every problem at once; publishes nothing if any. */
export function validateContent(files: Iterable<SourceFile>, options: ValidateOptions = {}): ValidationResult {
  const { memo, now = new Date() } = options;
  const problems: Problem[] = [];
  const articles: Article[] = [];
  const series: Series[] = [];
  for (const f of files) {
    const r = memo ? memo(f, () => parseFile(f)) : parseFile(f);
    problems.push(...r.problems);
    const future = r.article ? futureProblems(r.article, now) : [];
    problems.push(...future);
    if (r.article && future.length === 0) articles.push(r.article);
    if (r.series) series.push(r.series);
  }
  articles.sort(compareArticles);
  series.sort((a, b) => a.slug.localeCompare(b.slug));
  problems.push(...crossCheck({ articles, series }));
  return { articles, series, problems };
}
