/**
 * The review list: every place the importer changed the text or was unsure, with the input
 * line, what it did and why, most doubtful first.
 */
import { z } from 'zod';

export const ReviewItemSchema = z.object({
  line: z.number(),
  article: z.string(),
  kind: z.string(),
  /** 0 (routine) … 1 (the editor must look). */
  doubt: z.number(),
  what: z.string(),
  why: z.string(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const sortReview = (items: ReviewItem[]) => [...items].sort((a, b) => b.doubt - a.doubt || a.line - b.line);

const level = (d: number) => (d >= 0.7 ? '高' : d >= 0.3 ? '中' : '低');

export function formatReview(items: ReviewItem[]): string[] {
  return sortReview(items).map((i) => `第${i.line}行\t[${level(i.doubt)}]\t${i.article}\t${i.what}\t${i.why}`);
}

export function reviewSummary(items: ReviewItem[]): string {
  const n = (l: string) => items.filter((i) => level(i.doubt) === l).length;
  return `复核 ${items.length} 项：高 ${n('高')}，中 ${n('中')}，低 ${n('低')}`;
}
