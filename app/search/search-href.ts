export type Query = { q: string; city?: string; district?: string; page?: number };

/** The URL of a search: the shareable state. */
export function searchHref({ q, city, district, page }: Query): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (city) p.set('city', city);
  if (district) p.set('district', district);
  if (page && page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `/search?${s}` : '/search';
}
