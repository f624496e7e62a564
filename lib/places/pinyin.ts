// Which search words were read as place names: the engine finds articles tagged 富阳区 for the
// word `fuyang` (a whole city or district slug, lib/search), and the page must say so, since
// nothing in those articles is highlighted.
import { cities } from './gazetteer';

export interface PinyinPlace {
  /** The search word as folded by the engine: lowercase ASCII letters. */
  term: string;
  /** The places whose slug it is: 富阳区, or 杭州市 for hangzhou. */
  names: string[];
}

/** Terms (already folded) that are exactly the slug of a city or district, with those places' names. */
export function pinyinPlaces(terms: readonly string[]): PinyinPlace[] {
  return terms.flatMap((term) => {
    if (!/^[a-z]+$/.test(term)) return [];
    const names = cities.flatMap((c) => [
      ...(c.slug === term ? [c.name] : []),
      ...c.districts.filter((d) => d.slug === term).map((d) => d.name),
    ]);
    return names.length > 0 ? [{ term, names }] : [];
  });
}
