import { daysInMonth, dayCounts } from './archive';
import type { Content } from './validate';

/** A day cell of a month calendar: its date and how many articles that day's paper has here (0: none). */
export type CalendarDay = { date: string; day: number; count: number };
/** Weeks Monday to Sunday, as Chinese calendars print them; null pads the first and last week. */
export type MonthCalendar = { year: string; month: string; weeks: (CalendarDay | null)[][] };

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar of a month (`2023`, `12`), each day with its article count. */
export function monthCalendar(content: Content, year: string, month: string): MonthCalendar {
  const counts = new Map(daysInMonth(content, year, month).map((d) => [d.date, d.count]));
  const y = Number(year);
  const m = Number(month);
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday-first puts it last.
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= length; d++) {
    const date = `${year}-${month}-${pad(d)}`;
    cells.push({ date, day: d, count: counts.get(date) ?? 0 });
  }
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return { year, month, weeks };
}

/** The months that have editions, newest first, as [year, month]. */
export function editionMonths(content: Content): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const { date } of dayCounts(content)) {
    const key = date.slice(0, 7);
    if (!seen.has(key)) {
      seen.add(key);
      out.push([date.slice(0, 4), date.slice(5, 7)]);
    }
  }
  return out;
}

/** The months with editions just before (older) and after (newer) a month. */
export function adjacentMonths(content: Content, year: string, month: string): { older?: [string, string]; newer?: [string, string] } {
  const months = editionMonths(content);
  const i = months.findIndex(([y, m]) => y === year && m === month);
  return i < 0 ? {} : { older: months[i + 1], newer: months[i - 1] };
}
