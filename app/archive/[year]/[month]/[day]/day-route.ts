import { articlesOnDate } from '@/lib/content/catalog';
import { archiveDate } from '@/lib/content/archive';
import { loadContent } from '@/lib/content/load';
import { matchesPlace } from '@/lib/content/edition';
import { printedPageNumber } from '@/lib/content/printed-pages';
import { cityBySlug, districtBySlug } from '@/lib/places/gazetteer';
import { dayCardText, type ListingCardText } from '@/lib/share/listing-card';
import type { EditionFilter } from '../../../../components/edition';

/** Route segments of a 往期 day page: a city (or, when it is a number, a printed page) and a district. */
export type DayParams = { year: string; month: string; day: string; city?: string; district?: string };

export type DayRoute = { date: string; filter: EditionFilter; page?: number };

/**
 * What a day URL names, or null when it names nothing: a day without paper, an unknown place or
 * one with no article that day (only the filters the day's chips link to exist), a page not printed.
 * `/archive/2023/12/28/17` is page 17: city slugs are pinyin, never digits.
 */
export function parseDayRoute(params: DayParams): DayRoute | null {
  const content = loadContent();
  const date = archiveDate(params.year, params.month, params.day);
  const edition = date ? articlesOnDate(content, date) : [];
  if (!date || edition.length === 0) return null;
  const page = params.city === undefined ? null : printedPageNumber(params.city);
  if (page !== null) {
    if (params.district !== undefined || !edition.some((a) => a.source.page === page)) return null;
    return { date, filter: {}, page };
  }
  const city = params.city === undefined ? undefined : cityBySlug(params.city);
  const district = city && params.district !== undefined ? districtBySlug(city.slug, params.district)?.district : undefined;
  if ((params.city !== undefined && !city) || (params.district !== undefined && !district)) return null;
  if (city && !edition.some((a) => matchesPlace(a, { citySlug: city.slug, districtSlug: district?.slug }))) return null;
  return { date, filter: { city, district } };
}

/** The share-image text of a day URL (a place filter, a printed page or the whole day), or null. */
export function dayCardFor(params: Partial<DayParams>): ListingCardText | null {
  // Empty when Next asks for image ids at build: the image is then drawn on first request.
  if (!params.year || !params.month || !params.day) return null;
  const route = parseDayRoute({ ...params, year: params.year, month: params.month, day: params.day });
  if (!route) return null;
  const place = [route.filter.city?.name, route.filter.district?.name].filter(Boolean).join('') || undefined;
  return dayCardText(loadContent(), route.date, { place, page: route.page });
}
