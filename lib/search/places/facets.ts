import type { DistrictInfo, PlaceTable } from './table';
import type { CityFacet, DistrictFacet } from '../text/query';

/** Most matches first, then by slug. */
export function compareCityFacets(a: CityFacet, b: CityFacet): number {
  return b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Cities with at least one match, most matches first, then by slug. */
export function sortCityFacets(places: PlaceTable, counts: Map<string, number>): CityFacet[] {
  const out: CityFacet[] = [];
  for (const [slug, count] of counts) {
    const info = places.cities.get(slug);
    if (info && count > 0) out.push({ slug, name: info.name, count });
  }
  return out.sort(compareCityFacets);
}

/** A district with its number of matches. */
export interface DistrictCount {
  info: DistrictInfo;
  count: number;
}

/** Most matches first, then by key (`${city}/${district}`). */
function compareDistrictCounts(a: DistrictCount, b: DistrictCount): number {
  return b.count - a.count || (a.info.key < b.info.key ? -1 : a.info.key > b.info.key ? 1 : 0);
}

/** The facets of districts with at least one match (sorts `counts`): most first, then by key. */
export function districtFacets(counts: DistrictCount[]): DistrictFacet[] {
  counts.sort(compareDistrictCounts);
  const out: DistrictFacet[] = [];
  for (let i = 0; i < counts.length; i++) {
    const { info, count } = counts[i];
    out.push({ citySlug: info.citySlug, slug: info.slug, name: info.name, count });
  }
  return out;
}

/** Districts (keyed `${city}/${district}`) with at least one match, most first, then by key. */
export function sortDistrictFacets(places: PlaceTable, counts: Map<string, number>): DistrictFacet[] {
  const out: DistrictCount[] = [];
  for (const [key, count] of counts) {
    const info = places.districts.get(key);
    if (info && count > 0) out.push({ info, count });
  }
  return districtFacets(out);
}
