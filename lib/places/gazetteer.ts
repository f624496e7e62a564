// Runtime gazetteer of Zhejiang: 11 prefecture-level cities, their county-level divisions,
// plus the hand-listed functional zones (zones.ts) merged under their parent city.
import { closest, distance } from 'fastest-levenshtein';
import data from './zhejiang.json';
import { zones } from './zones';
import { GazetteerFileSchema, ZoneSchema, type City, type District, type ResolvedPlace, type ResolveResult } from './schema';

export type { City, District, DistrictKind, ResolvedPlace, ResolveResult } from './schema';

function load(): City[] {
  const file = GazetteerFileSchema.parse(data);
  const merged: City[] = file.cities.map((c) => ({
    ...c,
    districts: c.districts.map((d) => ({ ...d, aliases: [] })),
  }));
  for (const zone of zones) {
    const { parentCityCode, ...district } = ZoneSchema.parse(zone);
    const parent = merged.find((c) => c.code === parentCityCode);
    if (!parent) throw new Error(`Zone ${zone.name}: unknown parent city ${parentCityCode}`);
    if (parent.districts.some((d) => d.slug === district.slug || d.code === district.code)) {
      throw new Error(`Zone ${zone.name}: slug or code already used in ${parent.name}`);
    }
    parent.districts.push(district);
  }
  return merged;
}

export const cities: City[] = load();

type Named = { name: string; shortName: string; slug: string; aliases?: string[] };

function keys(p: Named): string[] {
  return [p.name, p.shortName, p.slug, ...(p.aliases ?? [])];
}

function matches(p: Named, query: string): boolean {
  const q = query.trim();
  return p.name === q || p.shortName === q || p.slug === q.toLowerCase() || (p.aliases ?? []).includes(q);
}

/** Accepts 杭州市, 杭州 or hangzhou. */
export function findCity(nameOrSlug: string): City | undefined {
  return cities.find((c) => matches(c, nameOrSlug));
}

/** Accepts 上城区, 上城 or shangcheng; zones also by alias (宁波前湾新区). */
export function findDistrict(city: City, nameOrSlug: string): District | undefined {
  return city.districts.find((d) => matches(d, nameOrSlug));
}

/** The closest candidate (by any of its names), if it is close enough to be a plausible typo. */
export function closestPlace<T extends Named>(query: string, candidates: readonly T[]): T | undefined {
  const q = query.trim();
  if (!q || candidates.length === 0) return undefined;
  const byKey = new Map<string, T>();
  for (const c of candidates) for (const k of keys(c)) byKey.set(k, c);
  // Compare Latin input against slugs in lowercase.
  const probe = /^[a-z]+$/i.test(q) ? q.toLowerCase() : q;
  const best = closest(probe, [...byKey.keys()]);
  // A third of the key's length, at least one edit: 杭洲 → 杭州, hangzou → hangzhou, but not 北京 → 杭州.
  return distance(probe, best) <= Math.max(1, Math.floor(best.length / 3)) ? byKey.get(best) : undefined;
}

/** Full name of the closest candidate, if it is close enough to be a plausible typo. */
function suggest(query: string, candidates: Named[]): string | undefined {
  return closestPlace(query, candidates)?.name;
}

export function toResolvedPlace(city: City, district?: District): ResolvedPlace {
  return {
    city: city.name,
    cityShort: city.shortName,
    citySlug: city.slug,
    cityCode: city.code,
    district: district?.name ?? null,
    districtShort: district?.shortName ?? null,
    districtSlug: district?.slug ?? null,
    code: district?.code ?? city.code,
  };
}

export function ownersOf(districtQuery: string, except?: City): { city: City; district: District }[] {
  return cities.flatMap((city) => {
    const district = city === except ? undefined : findDistrict(city, districtQuery);
    return district ? [{ city, district }] : [];
  });
}

export function resolveLocation(input: { city: string; district?: string }): ResolveResult {
  const cityQuery = input.city.trim();
  if (!cityQuery) return { ok: false, field: 'city', message: '请填写城市。' };
  const city = findCity(cityQuery);
  if (!city) {
    const owners = ownersOf(cityQuery);
    if (owners.length === 1) {
      const { city: c, district: d } = owners[0];
      return { ok: false, field: 'city', message: `“${cityQuery}”不是地级市，它是${c.name}的${d.name}` };
    }
    const hint = suggest(cityQuery, cities);
    const message = hint ? `未知的城市“${cityQuery}”，是不是“${hint}”？` : `未知的城市“${cityQuery}”，浙江省没有这个地级市。`;
    return { ok: false, field: 'city', message };
  }

  const districtQuery = input.district?.trim();
  if (!districtQuery) return { ok: true, place: toResolvedPlace(city) };
  const district = findDistrict(city, districtQuery);
  if (district) return { ok: true, place: toResolvedPlace(city, district) };

  const owners = ownersOf(districtQuery, city);
  if (owners.length === 1) {
    const { city: c, district: d } = owners[0];
    return { ok: false, field: 'district', message: `“${d.name}”不属于${city.name}，它属于${c.name}` };
  }
  if (owners.length > 1) {
    const where = owners.map((o) => o.city.name + o.district.name).join('、');
    return { ok: false, field: 'district', message: `“${districtQuery}”不属于${city.name}，可能是${where}` };
  }
  const hint = suggest(districtQuery, city.districts);
  const message = hint ? `${city.name}没有“${districtQuery}”，是不是“${hint}”？` : `${city.name}没有“${districtQuery}”这个区县。`;
  return { ok: false, field: 'district', message };
}

const byCode = new Map<string, ResolvedPlace>();
for (const city of cities) {
  byCode.set(city.code, toResolvedPlace(city));
  for (const d of city.districts) byCode.set(d.code, toResolvedPlace(city, d));
}

/** City code (330100), district code (330102) or zone pseudo code (330200-qianwan). */
export function placeByCode(code: string): ResolvedPlace | undefined {
  return byCode.get(code);
}

export function cityBySlug(slug: string): City | undefined {
  return cities.find((c) => c.slug === slug);
}

/** For /cities/<city-slug>/<district-slug>. */
export function districtBySlug(citySlug: string, districtSlug: string): { city: City; district: District } | undefined {
  const city = cityBySlug(citySlug);
  const district = city?.districts.find((d) => d.slug === districtSlug);
  return city && district ? { city, district } : undefined;
}

/** All { city, district } slug pairs, e.g. for generateStaticParams. */
export function districtRouteParams(): { city: string; district: string }[] {
  return cities.flatMap((c) => c.districts.map((d) => ({ city: c.slug, district: d.slug })));
}

/**
 * A city/district filter as typed into a URL, checked against the gazetteer: slugs in any case; a
 * district given without its city finds the city it belongs to; what is unknown is dropped (and
 * reported in `dropped`) rather than echoed or turned into an empty result.
 */
export function resolvePlaceFilter(input: { city?: string; district?: string }): {
  city?: City;
  district?: District;
  dropped: ('city' | 'district')[];
} {
  const citySlug = input.city?.toLowerCase();
  const districtSlug = input.district?.toLowerCase();
  const city = citySlug
    ? cityBySlug(citySlug)
    : districtSlug
      ? cities.find((c) => districtBySlug(c.slug, districtSlug))
      : undefined;
  const district = city && districtSlug ? districtBySlug(city.slug, districtSlug)?.district : undefined;
  const dropped: ('city' | 'district')[] = [];
  if (input.city && !cityBySlug(citySlug ?? '')) dropped.push('city');
  if (input.district && !district) dropped.push('district');
  return { city, district, dropped };
}
