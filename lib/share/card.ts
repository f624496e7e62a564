import { z } from 'zod';
import type { Article, Series } from '../content/schema';
import { SITE_NAME, SITE_URL } from '../site/config';
import { formatDate, formatSource, placesLine } from '../site/format';
import { drawable, type FontRequest } from './fonts';
import { fitTitle } from './wrap';

/** Geometry of the share card (px). The title box is narrower than the card by the side padding. */
export const CARD = { width: 1200, height: 630, padX: 72, titleSizes: [80, 72, 64] } as const;

export const ShareCardSchema = z.object({
  siteName: z.string(),
  host: z.string(),
  /** Series title above the headline, when the article belongs to one. */
  kicker: z.string().nullable(),
  titleLines: z.array(z.string()).min(1).max(3),
  titleSize: z.number().positive(),
  place: z.string(),
  date: z.string(),
  source: z.string(),
});
export type ShareCard = z.infer<typeof ShareCardSchema>;

/** What the share image of an article says, with the headline already broken into lines. */
export function shareCard(article: Article, series?: Series): ShareCard {
  // A little narrower than the box so the width table's estimate never overruns it.
  const box = CARD.width - 2 * CARD.padX - 24;
  const title = fitTitle(drawable(article.title, 'Noto Serif SC'), box, CARD.titleSizes, 2, 3);
  return {
    siteName: SITE_NAME,
    host: new URL(SITE_URL).host,
    kicker: series ? drawable(series.title, 'Noto Sans SC') : null,
    titleLines: title.lines,
    titleSize: title.fontSize,
    place: placesLine(article.locations),
    date: formatDate(article.date),
    source: drawable(formatSource(article.source), 'Noto Sans SC'),
  };
}

/** The fonts (and only the glyph subsets) the card needs: serif for headline and masthead, sans for the rest. */
export function cardFonts(card: ShareCard): FontRequest[] {
  return [
    { family: 'Noto Serif SC', weight: 700, text: `${card.siteName}${card.titleLines.join('')}` },
    { family: 'Noto Sans SC', weight: 400, text: `${card.kicker ?? ''}${card.place}${card.date}${card.source}${card.host}·` },
  ];
}
