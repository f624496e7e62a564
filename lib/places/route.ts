// What a /cities/<city>[/<district>] path means: the page itself, a redirect when it has exactly
// one right answer (a Chinese name, another case, an abolished district merged into one), or
// suggestions when it has none (a typo, a district under the wrong city, a split district).
import { findFormerDistrict } from './former';
import { cities, cityBySlug, closestPlace, findCity, findDistrict, ownersOf, type City, type District } from './gazetteer';

export interface PlaceRef {
  citySlug: string;
  districtSlug?: string;
  /** Full name shown in a link: 杭州市 or 杭州市上城区. */
  label: string;
}

export type PlaceRoute =
  | { kind: 'ok'; city: City; district?: District }
  | { kind: 'redirect'; to: PlaceRef }
  | { kind: 'unknown'; message: string; suggestions: PlaceRef[] };

/** Segments may arrive percent-encoded or decoded; a malformed escape is kept as typed. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFKC').trim();
  } catch {
    return segment;
  }
}

const cityRef = (c: City): PlaceRef => ({ citySlug: c.slug, label: c.name });
const districtRef = (c: City, d: District): PlaceRef => ({ citySlug: c.slug, districtSlug: d.slug, label: c.name + d.name });

function unknownCity(name: string): PlaceRoute {
  const owners = ownersOf(name);
  const close = closestPlace(name, cities);
  const suggestions = [...owners.map((o) => districtRef(o.city, o.district)), ...(close ? [cityRef(close)] : [])];
  return { kind: 'unknown', message: `浙江没有叫“${name.slice(0, 20)}”的设区市。`, suggestions };
}

function unknownDistrict(city: City, name: string): PlaceRoute {
  const former = findFormerDistrict(city.slug, name);
  if (former) {
    const successors = former.successors.flatMap((s) => {
      const d = city.districts.find((x) => x.slug === s);
      return d ? [districtRef(city, d)] : [];
    });
    return {
      kind: 'unknown',
      message: `${city.name}${former.name}已于 ${former.year} 年撤销，原辖区现分属${successors.map((s) => s.label.slice(city.name.length)).join('和')}。`,
      suggestions: successors,
    };
  }
  const elsewhere = ownersOf(name, city).map((o) => districtRef(o.city, o.district));
  const close = closestPlace(name, city.districts);
  const suggestions = [...elsewhere, ...(close ? [districtRef(city, close)] : []), cityRef(city)];
  return { kind: 'unknown', message: `${city.name}没有叫“${name.slice(0, 20)}”的区县。`, suggestions };
}

/** Resolves the place segments of a /cities URL against the gazetteer. */
export function resolvePlaceRoute(segments: { city: string; district?: string }): PlaceRoute {
  const exactCity = cityBySlug(segments.city);
  const cityName = decodeSegment(segments.city);
  const city = exactCity ?? findCity(cityName);
  if (!city) return unknownCity(cityName);
  if (segments.district === undefined) return exactCity ? { kind: 'ok', city } : { kind: 'redirect', to: cityRef(city) };

  const exactDistrict = city.districts.find((d) => d.slug === segments.district);
  const districtName = decodeSegment(segments.district);
  const district = exactDistrict ?? findDistrict(city, districtName);
  if (district) {
    return exactCity && exactDistrict ? { kind: 'ok', city, district } : { kind: 'redirect', to: districtRef(city, district) };
  }
  // An abolished district merged into one successor: that successor is the one right answer.
  const former = findFormerDistrict(city.slug, districtName);
  const successor = former?.successors.length === 1 ? city.districts.find((d) => d.slug === former.successors[0]) : undefined;
  if (successor) return { kind: 'redirect', to: districtRef(city, successor) };
  return unknownDistrict(city, districtName);
}
