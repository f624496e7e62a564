// Facet counts of a query's docs: cities before the place filter, districts after the city filter.
import { PLACE_CSR as PLACE_CSR_, type PlaceIndex } from '../build/types';
import { sortCityFacets, sortDistrictFacets } from '../places/facets';
import type { PlaceFilter } from '../places/table';
import type { Bitset } from '../structures/bitset';
import type { CityFacet, DistrictFacet } from '../text/query';

// Imported bindings used in hot loops, copied to locals (some transpilers turn module bindings
// into getter calls).
const PLACE_CSR = PLACE_CSR_;

/** Per city and per district, how many of the docs `ids` it has (districts only within the city filter). */
function countPlaces(places: PlaceIndex, ids: Uint32Array, cityFilter: number): { city: Int32Array; district: Int32Array } {
  const city = new Int32Array(places.cityKeys.length);
  const district = new Int32Array(places.districtKeys.length);
  const inCity: Bitset | null = cityFilter >= 0 ? places.cityDocs[cityFilter] : null;
  // Docs with one place: counted by (city, district) code; the others from their place lists.
  const { docCityAt, docCity, docDistrictAt, docDistrict, docPlace } = places;
  const codes = district.length + 1;
  const byCode = new Int32Array(city.length * codes);
  for (let i = 0; i < ids.length; i++) {
    const d = ids[i];
    const code = docPlace[d];
    if (code !== PLACE_CSR) {
      byCode[code]++;
      continue;
    }
    for (let j = docCityAt[d]; j < docCityAt[d + 1]; j++) city[docCity[j]]++;
    if (inCity && (inCity[d >>> 5] & (1 << (d & 31))) === 0) continue;
    for (let j = docDistrictAt[d]; j < docDistrictAt[d + 1]; j++) district[docDistrict[j]]++;
  }
  for (let c = 0; c < city.length; c++) {
    for (let k = 0; k < codes; k++) {
      const v = byCode[c * codes + k];
      if (v === 0) continue;
      city[c] += v;
      if (k > 0 && (cityFilter < 0 || c === cityFilter)) district[k - 1] += v;
    }
  }
  return { city, district };
}

export function facetsOf(
  places: PlaceIndex,
  ids: Uint32Array,
  filter: PlaceFilter,
): { cities: CityFacet[]; districts: DistrictFacet[] } {
  const cityFilter = filter.citySlug !== null ? places.cityKeys.indexOf(filter.citySlug) : -1;
  const counts = countPlaces(places, ids, cityFilter);
  const cityCounts = new Map<string, number>();
  counts.city.forEach((c, i) => c > 0 && cityCounts.set(places.cityKeys[i], c));
  const districtCounts = new Map<string, number>();
  counts.district.forEach((c, i) => {
    const key = places.districtKeys[i];
    if (c > 0 && (filter.citySlug === null || key.startsWith(`${filter.citySlug}/`))) districtCounts.set(key, c);
  });
  return { cities: sortCityFacets(places.table, cityCounts), districts: sortDistrictFacets(places.table, districtCounts) };
}
