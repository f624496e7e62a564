import type { Place, Source } from '../content/schema';

/** 2023-12-28 → 2023年12月28日 */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 杭州市上城区 / 宁波市前湾新区 / 杭州市 */
export const placeName = (p: Place) => `${p.city}${p.district ?? ''}`;

/** All of an article's places on one line: 杭州市富阳区、宁波市 */
export const placesLine = (places: readonly Place[]) => places.map(placeName).join('、');

/** 第17版（专刊） */
export const pageLabel = (s: Pick<Source, 'page' | 'section'>) => `第${s.page}版${s.section ? `（${s.section}）` : ''}`;

/** 浙江日报 2023年12月28日 第17版（专刊） */
export function formatSource(s: Source): string {
  return `${s.publication} ${formatDate(s.date)} ${pageLabel(s)}`;
}

/** “，最新的在前” after a count of articles: said of a list, not of a single article. */
export const newestFirst = (total: number) => (total > 1 ? '，最新的在前' : '');

/** 周静、严琰 */
export const joinNames = (names: readonly string[]) => names.join('、');

/** ISO timestamp at midnight China Standard Time, for article:published_time and JSON-LD. */
export const publishedTime = (date: string) => `${date}T00:00:00+08:00`;

/**
 * Text a visitor typed, made safe to echo: control characters and lone surrogates removed, cut to
 * `max` characters (code points, so an emoji is never split into U+FFFD), with “…” when cut.
 */
export function clipEcho(text: string, max: number): string {
  const chars = Array.from(text.replace(/[\p{Cc}\p{Cs}]/gu, ''));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
