import { z } from 'zod';
import type { Article, Series } from '../content/schema';
import { summarize } from '../content/validate';
import { formatSource } from '../site/format';
import { canonicalUrl } from './urls';

export const SeriesSeoSchema = z.object({
  title: z.string(),
  description: z.string(),
  canonical: z.url(),
  source: z.string().nullable(),
});
export type SeriesSeo = z.infer<typeof SeriesSeoSchema>;

/** Title, description and canonical URL of a series page. */
export function seriesSeo(series: Series, articles: readonly Article[]): SeriesSeo {
  // The intro is the natural description; a series without one is described by what it holds.
  const description =
    summarize(series.text, 120) || summarize(`${series.title}：${articles.map((a) => a.title).join('；')}`, 120);
  return {
    title: `专题：${series.title}`,
    description,
    canonical: canonicalUrl(series),
    source: series.source ? formatSource(series.source) : null,
  };
}
