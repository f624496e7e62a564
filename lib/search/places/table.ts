// The places that occur in the indexed documents: filter resolution, facet names, pinyin slugs.
import type { SearchDocument } from '../document';
import { fold } from '../text/fold';

export interface CityInfo {
  slug: string;
  name: string;
  short: string;
}
export interface DistrictInfo {
  citySlug: string;
  slug: string;
  name: string;
  short: string;
  /** `${citySlug}/${slug}` */
  key: string;
}

export interface PlaceTable {
  cities: Map<string, CityInfo>;
  districts: Map<string, DistrictInfo>;
}

export function districtKey(citySlug: string, districtSlug: string): string {
  return `${citySlug}/${districtSlug}`;
}

export function buildPlaceTable(docs: readonly SearchDocument[]): PlaceTable {
  const cities = new Map<string, CityInfo>();
  const districts = new Map<string, DistrictInfo>();
  for (const d of docs) {
    for (const p of d.places) {
      if (!cities.has(p.citySlug)) cities.set(p.citySlug, { slug: p.citySlug, name: p.city, short: p.cityShort });
      if (p.districtSlug && p.district) {
        const key = districtKey(p.citySlug, p.districtSlug);
        if (!districts.has(key)) {
          districts.set(key, {
            citySlug: p.citySlug,
            slug: p.districtSlug,
            name: p.district,
            short: p.districtShort ?? p.district,
            key,
          });
        }
      }
    }
  }
  return { cities, districts };
}

function matchesName(value: string, info: { slug: string; name: string; short: string }): boolean {
  const v = fold(value);
  return v.length > 0 && (v === fold(info.name) || v === fold(info.short) || v === fold(info.slug));
}

export interface PlaceFilter {
  /** null: no city filter. */
  citySlug: string | null;
  /** null: no district filter; otherwise the accepted `${city}/${district}` keys (never empty). */
  districtKeys: string[] | null;
  /** The filter names something that no indexed article has. */
  unknown: boolean;
  messages: string[];
}

/** Accepts full names (杭州市), short names (杭州), slugs (hangzhou), in any width/case/script. */
export function resolvePlaceFilter(table: PlaceTable, city?: string, district?: string): PlaceFilter {
  const messages: string[] = [];
  let unknown = false;
  let citySlug: string | null = null;
  const c = typeof city === 'string' ? city.trim() : '';
  const dd = typeof district === 'string' ? district.trim() : '';
  if (c) {
    const hit = [...table.cities.values()].find((info) => matchesName(c, info));
    if (hit) citySlug = hit.slug;
    else {
      unknown = true;
      messages.push(`没有与城市“${c.slice(0, 40)}”相关的文章`);
    }
  }
  let districtKeys: string[] | null = null;
  if (dd && !unknown) {
    districtKeys = [...table.districts.values()]
      .filter((info) => (citySlug === null || info.citySlug === citySlug) && matchesName(dd, info))
      .map((info) => info.key);
    if (districtKeys.length === 0) {
      unknown = true;
      messages.push(`没有与区县“${dd.slice(0, 40)}”相关的文章`);
    }
  }
  return { citySlug, districtKeys, unknown, messages };
}

export function docInCity(d: SearchDocument, citySlug: string): boolean {
  return d.places.some((p) => p.citySlug === citySlug);
}

export function docInDistricts(d: SearchDocument, keys: readonly string[]): boolean {
  return d.places.some((p) => p.districtSlug !== null && keys.includes(districtKey(p.citySlug, p.districtSlug)));
}

/** Does a toneless-pinyin term name one of the document's places (city or district slug)? */
export function docHasSlug(d: SearchDocument, slug: string): boolean {
  return d.places.some((p) => p.citySlug === slug || p.districtSlug === slug);
}
