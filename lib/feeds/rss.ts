// RSS 2.0 builder: pure, framework-free, deterministic (no clock reads, so static builds are stable).
import { z } from 'zod';
import { IsoDateSchema } from '../content/schema';
import { cdata, escapeXml, textElement } from './xml';

/** Readers only look at the top of a feed; 50 keeps the file small while covering several editions. */
export const FEED_ITEM_LIMIT = 50;

export const RssItemSchema = z.object({
  title: z.string(),
  /** Absolute URL; also the guid, so a reader never shows the same article twice. */
  link: z.url(),
  /** Papers print a date, not a time: emitted as midnight China Standard Time. */
  date: IsoDateSchema,
  creators: z.array(z.string()),
  categories: z.array(z.string()),
  /** Plain-text summary. */
  description: z.string(),
  /** Full article HTML for content:encoded. */
  contentHtml: z.string(),
});

export const RssChannelSchema = z.object({
  title: z.string(),
  link: z.url(),
  /** Where this feed itself is served, for atom:link rel="self". */
  selfUrl: z.url(),
  description: z.string(),
  language: z.string().default('zh-CN'),
  items: z.array(RssItemSchema),
  limit: z.number().int().positive().default(FEED_ITEM_LIMIT),
});

export type RssItem = z.infer<typeof RssItemSchema>;
export type RssChannelInput = z.input<typeof RssChannelSchema>;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2023-12-28 → "Thu, 28 Dec 2023 00:00:00 +0800" (RFC 822 as RSS 2.0 requires, English names by spec). */
export function rfc822(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[weekday]}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

/** Newest first, keeping the given order within a day (the paper's page order); at most `limit`. */
export function latestItems(items: readonly RssItem[], limit: number = FEED_ITEM_LIMIT): RssItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date === b.item.date ? a.i - b.i : a.item.date < b.item.date ? 1 : -1))
    .slice(0, limit)
    .map(({ item }) => item);
}

const unique = (values: readonly string[]) => [...new Set(values)];

function renderItem(item: RssItem): string {
  return [
    '<item>',
    textElement('title', item.title),
    textElement('link', item.link),
    textElement('guid', item.link, { isPermaLink: 'true' }),
    textElement('pubDate', rfc822(item.date)),
    ...unique(item.creators).map((name) => textElement('dc:creator', name)),
    ...unique(item.categories).map((c) => textElement('category', c)),
    textElement('description', item.description),
    `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
    '</item>',
  ].join('\n');
}

export function buildRss(input: RssChannelInput): string {
  const channel = RssChannelSchema.parse(input);
  const items = latestItems(channel.items, channel.limit);
  const head = [
    textElement('title', channel.title),
    textElement('link', channel.link),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    textElement('description', channel.description),
    textElement('language', channel.language),
    // The newest article's date rather than "now": rebuilding unchanged content yields identical bytes.
    ...(items.length > 0 ? [textElement('lastBuildDate', rfc822(items[0].date))] : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    ...head,
    ...items.map(renderItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
