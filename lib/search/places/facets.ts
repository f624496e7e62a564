import type { PlaceTable } from './table';
import type { CityFacet, DistrictFacet } from '../text/query';

/** Cities with at least one match, most matches first, then by slug. */
export function sortCityFacets(places: PlaceTable, counts: Map<string, number>): CityFacet[] {
  const out: CityFacet[] = [];
  for (const [slug, count] of counts) {
    const info = places.cities.get(slug);
    if (info && count > 0) out.push({ slug, name: info.name, count });
  }
  return out.sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Districts (keyed `${city}/${district}`) with at least one match, most first, then by key. */
export function sortDistrictFacets(places: PlaceTable, counts: Map<string, number>): DistrictFacet[] {
  const out: (DistrictFacet & { key: string })[] = [];
  for (const [key, count] of counts) {
    const info = places.districts.get(key);
    if (info && count > 0) out.push({ citySlug: info.citySlug, slug: info.slug, name: info.name, count, key });
  }
  out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out.map(({ key: _key, ...f }) => f);
}
