import { z } from 'zod';
import { ResolvedPlaceSchema } from '../places/schema';

/** Calendar date as YYYY-MM-DD that actually exists (2023-02-30 is rejected, not rolled over). */
export const IsoDateSchema = z
  .string({ error: '应为日期，格式 YYYY-MM-DD（请加引号，如 "2023-12-28"）' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD，如 2023-12-28')
  // Only a well-formed date can be "impossible"; a malformed one already has its message.
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDate(v), { message: '日期不存在' });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const nonEmpty = (what: string) => z.string({ error: `缺少${what}` }).trim().min(1, `${what}不能为空`);

export const SlugSchema = z
  .string({ error: '缺少 slug' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug 只能由小写字母、数字和连字符组成，如 shangcheng-qiangji-funeng');

export const SourceSchema = z.object({
  publication: nonEmpty('报纸名称'),
  date: IsoDateSchema,
  page: z.number({ error: '版次应为数字' }).int().positive(),
  section: z.string().optional(),
  url: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的完整网址' }).optional(),
});

export const CorrectionSchema = z.object({
  from: z.string({ error: '缺少原文（from）' }).min(1, '原文（from）不能为空'),
  to: z.string({ error: '缺少更正（to）' }),
  note: z.string().optional(),
  /** proofreading: our fix of the OCR (the paper printed it right); erratum: a real correction of what was printed. */
  kind: z.enum(['proofreading', 'erratum'], { error: 'kind 应为 proofreading（数字化校对）或 erratum（更正）' }).default('proofreading'),
});

export const LocationInputSchema = z.object({
  city: nonEmpty('城市'),
  district: z.string().trim().optional(),
});

/** What an editor writes at the top of an article file. */
export const ArticleFrontmatterSchema = z.strictObject({
  title: nonEmpty('标题'),
  /** The source printed no headline; the title was written by our editors. */
  editorTitle: z.boolean().default(false),
  slug: SlugSchema,
  order: z.number().int().nonnegative().optional(),
  authors: z
    .array(nonEmpty('作者姓名'), { error: '作者应为列表，如 [周静, 严琰]' })
    .min(1, '至少需要一位作者'),
  locations: z.array(LocationInputSchema, { error: '地点应为列表，每项含 city 和 district' }).min(1, '至少需要一个地点'),
  date: IsoDateSchema,
  source: SourceSchema,
  series: SlugSchema.optional(),
  summary: z.string().trim().optional(),
  tags: z.array(z.string().trim().min(1)).default([]),
  corrections: z.array(CorrectionSchema).default([]),
  /** Written by `content import` and not yet reviewed: checked, but never shown or indexed. */
  draft: z.boolean().default(false),
});

export const SeriesFrontmatterSchema = z.strictObject({
  title: nonEmpty('标题'),
  slug: SlugSchema,
  source: SourceSchema.optional(),
});

export const PlaceSchema = ResolvedPlaceSchema;

/**
 * A parsed, validated, resolved article: what the site, the CLI and search consume. It holds the
 * plain text (search needs it for every article) but not the HTML, which only the article page
 * and feeds need: `articleHtml` renders it from the file, keeping a large archive's memory down.
 */
export const ArticleSchema = ArticleFrontmatterSchema.omit({ locations: true, series: true, summary: true }).extend({
  url: z.string(),
  file: z.string(),
  locations: z.array(PlaceSchema),
  series: SlugSchema.nullable(),
  summary: z.string(),
  text: z.string(),
});

export const SeriesSchema = SeriesFrontmatterSchema.extend({
  url: z.string(),
  file: z.string(),
  html: z.string(),
  text: z.string(),
});

export type IsoDate = z.infer<typeof IsoDateSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
export type SeriesFrontmatter = z.infer<typeof SeriesFrontmatterSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Series = z.infer<typeof SeriesSchema>;

/** One thing wrong with the content, addressed to the editor who must fix it. */
export const ProblemSchema = z.object({ file: z.string(), field: z.string(), message: z.string() });
export type Problem = z.infer<typeof ProblemSchema>;
