import { PRERENDER_LIST_PAGES } from '../site/config';

/** Articles per list page (cities, districts, authors, series). */
export const LIST_PAGE_SIZE = 20;

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number; pageSize: number };

/** Parses a `?page=` value: undefined means 1; anything but a positive integer is invalid (null). */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  const v = Array.isArray(value) ? value[0] : value;
  return /^[1-9]\d{0,6}$/.test(v) ? Number(v) : null;
}

/** A page of `items`, or null when the page does not exist (so the route can 404). Page 1 always exists. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | null {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageCount, total: items.length, pageSize };
}

/** Page numbers 2…pageCount, at most up to PRERENDER_LIST_PAGES: those generated at build time. */
export function laterPages(total: number): number[] {
  const pageCount = Math.min(Math.ceil(total / LIST_PAGE_SIZE), PRERENDER_LIST_PAGES);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2);
}
