// Facet counts of a query's docs: cities before the place filter, districts after the city filter.
import { PLACE_CSR as PLACE_CSR_, type PlaceIndex } from '../build/types';
import { compareCityFacets, districtFacets, type DistrictCount } from '../places/facets';
import type { PlaceFilter } from '../places/table';
import type { Bitset } from '../structures/bitset';
import type { CityFacet, DistrictFacet } from '../text/query';
import type { Scratch } from './scratch';

// Imported bindings used in hot loops, copied to locals (some transpilers turn module bindings
// into getter calls).
const PLACE_CSR = PLACE_CSR_;

/**
 * Per city and per district, how many of the docs `ids` it has (districts only within the city
 * filter), into the scratch's counts (zero before; facetsOf zeroes them again as it reads them).
 */
function countPlaces(places: PlaceIndex, ids: Uint32Array, cityFilter: number, scratch: Scratch): void {
  const { city, district, byCode } = scratch;
  const inCity: Bitset | null = cityFilter >= 0 ? places.cityDocs[cityFilter] : null;
  // Docs with one place: counted by (city, district) code; the others from their place lists.
  const { docCityAt, docCity, docDistrictAt, docDistrict, docPlace } = places;
  const codes = district.length + 1;
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
      byCode[c * codes + k] = 0;
      city[c] += v;
      if (k > 0 && (cityFilter < 0 || c === cityFilter)) district[k - 1] += v;
    }
  }
}

/** Facets of the docs `ids` (the query's, before the place filter); spelled out, no Maps. */
export function facetsOf(
  places: PlaceIndex,
  ids: Uint32Array,
  filter: PlaceFilter,
  scratch: Scratch,
): { cities: CityFacet[]; districts: DistrictFacet[] } {
  const cityFilter = filter.citySlug !== null ? places.cityKeys.indexOf(filter.citySlug) : -1;
  countPlaces(places, ids, cityFilter, scratch);
  const { city, district } = scratch;
  const cities: CityFacet[] = [];
  for (let c = 0; c < city.length; c++) {
    const count = city[c];
    if (count === 0) continue;
    city[c] = 0;
    const info = places.table.cities.get(places.cityKeys[c]);
    if (info) cities.push({ slug: places.cityKeys[c], name: info.name, count });
  }
  const districts: DistrictCount[] = [];
  for (let i = 0; i < district.length; i++) {
    const count = district[i];
    if (count === 0) continue;
    district[i] = 0;
    const info = places.table.districts.get(places.districtKeys[i]);
    if (info && (filter.citySlug === null || info.citySlug === filter.citySlug)) districts.push({ info, count });
  }
  return { cities: cities.sort(compareCityFacets), districts: districtFacets(districts) };
}
