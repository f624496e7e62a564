import { processSingleton } from '../process-singleton';
import { catalog } from './catalog';
import type { Content } from './validate';
import { archiveUrl } from '../site/routes';

export type DayCount = { date: string; day: string; count: number };
export type MonthCount = { year: string; month: string; count: number; days: number };
export type YearCount = { year: string; count: number; months: number };

type Days = { days: readonly DayCount[]; at: Map<string, number> };
const daysOf = processSingleton('archive-days', () => new WeakMap<Content, Days>());

/** Dates with articles, newest first, with counts: the 往期 index (computed once per content). */
export function dayCounts(content: Content): readonly DayCount[] {
  let d = daysOf.get(content);
  if (!d) {
    const days: DayCount[] = [];
    for (const [date, list] of catalog(content).byDate) days.push({ date, day: date.slice(8, 10), count: list.length });
    days.sort((a, b) => (a.date < b.date ? 1 : -1));
    d = { days, at: new Map(days.map((x, i) => [x.date, i])) };
    daysOf.set(content, d);
  }
  return d.days;
}

/** The `limit` editions before the latest one, newest first: 往期 at a glance on the home page. */
export function previousDays(content: Content, limit = 7): DayCount[] {
  return dayCounts(content).slice(1, 1 + limit);
}

/** The editions just before (older) and after (newer) `date`: stepping through 往期 a day at a time. */
export function adjacentDays(content: Content, date: string): { older?: DayCount; newer?: DayCount } {
  const days = dayCounts(content);
  const i = daysOf.get(content)?.at.get(date);
  return i === undefined ? {} : { older: days[i + 1], newer: days[i - 1] };
}

export function yearCounts(content: Content): YearCount[] {
  const years = new Map<string, { count: number; months: Set<string> }>();
  for (const d of dayCounts(content)) {
    const y = years.get(d.date.slice(0, 4)) ?? { count: 0, months: new Set<string>() };
    y.count += d.count;
    y.months.add(d.date.slice(5, 7));
    years.set(d.date.slice(0, 4), y);
  }
  return [...years].map(([year, y]) => ({ year, count: y.count, months: y.months.size }));
}

export function monthCounts(content: Content, year: string): MonthCount[] {
  const months = new Map<string, { count: number; days: number }>();
  for (const d of dayCounts(content)) {
    if (!d.date.startsWith(`${year}-`)) continue;
    const m = months.get(d.date.slice(5, 7)) ?? { count: 0, days: 0 };
    m.count += d.count;
    m.days += 1;
    months.set(d.date.slice(5, 7), m);
  }
  return [...months].map(([month, m]) => ({ year, month, ...m }));
}

export function daysInMonth(content: Content, year: string, month: string): DayCount[] {
  return dayCounts(content).filter((d) => d.date.startsWith(`${year}-${month}-`));
}

/** `/archive/2023/12/28` style segments → a date string, or null when they are not well-formed. */
export function archiveDate(year: string, month?: string, day?: string): string | null {
  if (!/^\d{4}$/.test(year)) return null;
  if (month !== undefined && !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  if (day !== undefined && !/^(0[1-9]|[12]\d|3[01])$/.test(day)) return null;
  return [year, month, day].filter(Boolean).join('-');
}


/**
 * 首页 › 往期 › 2023年 › 12月 › 28日 for a year, month or day (`2023`, `2023-12`, `2023-12-28`): the
 * crumbs, the last one the page itself (no link), and that page's path.
 */
export function archiveTrail(date: string): { crumbs: { label: string; href?: string }[]; path: string } {
  const [year, month, day] = date.split('-');
  const parts = [
    { label: `${year}年`, date: year },
    ...(month ? [{ label: `${Number(month)}月`, date: `${year}-${month}` }] : []),
    ...(day ? [{ label: `${Number(day)}日`, date }] : []),
  ];
  return {
    crumbs: [
      { label: '首页', href: '/' },
      { label: '往期', href: archiveUrl() },
      ...parts.map((p, i) => (i === parts.length - 1 ? { label: p.label } : { label: p.label, href: archiveUrl(p.date) })),
    ],
    path: archiveUrl(date),
  };
}
