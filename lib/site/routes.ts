import type { Place } from '../content/schema';

export { articleUrl, seriesUrl } from '../content/validate';
export const cityUrl = (citySlug: string) => `/cities/${citySlug}`;
export const districtUrl = (citySlug: string, districtSlug: string) => `/cities/${citySlug}/${districtSlug}`;
/** Author names are Chinese; the path segment is percent-encoded UTF-8 so links survive copy/paste and WeChat. */
export const authorUrl = (name: string) => `/authors/${encodeURIComponent(name)}`;
export const placeUrl = (p: Pick<Place, 'citySlug'> & { districtSlug?: string | null }) =>
  p.districtSlug ? districtUrl(p.citySlug, p.districtSlug) : cityUrl(p.citySlug);
export const cityFeedUrl = (citySlug: string) => `/cities/${citySlug}/feed.xml`;

/** One day's paper, filtered to a city or a district: a stable URL that still means that day when shared later. */
export const editionUrl = (date: string, citySlug?: string, districtSlug?: string) =>
  [`/archive/${date.split('-').join('/')}`, citySlug, citySlug && districtSlug].filter(Boolean).join('/');

/** One printed page (版) of a day's paper: `/archive/2023/12/28/17`. Page numbers never clash with city slugs. */
export const printedPageUrl = (date: string, page: number) => `${editionUrl(date)}/${page}`;
