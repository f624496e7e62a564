// The docs' places, indexed for the place filter (doc sets per city and district) and for facet
// counts (per doc its cities and districts, or one small code when it has a single place).
import type { SearchDocument } from '../document';
import { buildPlaceTable, districtKey } from '../places/table';
import { emptyBitset } from '../structures/bitset';
import { PLACE_CSR, type PlaceIndex } from './types';

/** Per doc with one city and at most one district, its code (see PlaceIndex.docPlace); else PLACE_CSR. */
function placeCodes(index: Omit<PlaceIndex, 'docPlace' | 'table'>, n: number): Uint16Array {
  const { docCityAt, docCity, docDistrictAt, docDistrict } = index;
  const docPlace = new Uint16Array(n).fill(PLACE_CSR);
  const codes = index.districtKeys.length + 1;
  if (index.cityKeys.length * codes >= PLACE_CSR) return docPlace;
  for (let d = 0; d < n; d++) {
    const cities = docCityAt[d + 1] - docCityAt[d];
    const districts = docDistrictAt[d + 1] - docDistrictAt[d];
    if (cities === 1 && districts <= 1) {
      docPlace[d] = docCity[docCityAt[d]] * codes + (districts === 1 ? docDistrict[docDistrictAt[d]] + 1 : 0);
    }
  }
  return docPlace;
}

export function buildPlaceIndex(docs: readonly SearchDocument[]): PlaceIndex {
  const n = docs.length;
  const table = buildPlaceTable(docs);
  const cityKeys = [...table.cities.keys()];
  const districtKeys = [...table.districts.keys()];
  const cityIdx = new Map(cityKeys.map((k, i) => [k, i]));
  const districtIdx = new Map(districtKeys.map((k, i) => [k, i]));
  const cityDocs = cityKeys.map(() => emptyBitset(n));
  const districtDocs = districtKeys.map(() => emptyBitset(n));
  const docCityAt = new Uint32Array(n + 1);
  const docDistrictAt = new Uint32Array(n + 1);
  const dc: number[] = [];
  const dd: number[] = [];
  for (let d = 0; d < n; d++) {
    docCityAt[d] = dc.length;
    docDistrictAt[d] = dd.length;
    for (const p of docs[d].places) {
      const ci = cityIdx.get(p.citySlug) as number;
      if (!dc.includes(ci, docCityAt[d])) dc.push(ci);
      cityDocs[ci][d >>> 5] |= 1 << (d & 31);
      if (p.districtSlug) {
        const k = districtIdx.get(districtKey(p.citySlug, p.districtSlug)) as number;
        if (!dd.includes(k, docDistrictAt[d])) dd.push(k);
        districtDocs[k][d >>> 5] |= 1 << (d & 31);
      }
    }
  }
  docCityAt[n] = dc.length;
  docDistrictAt[n] = dd.length;
  const index = {
    cityKeys,
    districtKeys,
    cityDocs,
    districtDocs,
    docCityAt,
    docCity: Uint16Array.from(dc),
    docDistrictAt,
    docDistrict: Uint16Array.from(dd),
  };
  return { table, ...index, docPlace: placeCodes(index, n) };
}
