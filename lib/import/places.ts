/**
 * Places from the gazetteer, as an editor tags them: the county-level divisions (and functional
 * zones) the article is about. A full name (富阳区) counts everywhere, a short one (嵊泗) only
 * when no full name occurs; the top division is tagged, and others too when printed with their
 * city at the start of a paragraph or in the title and lead (温州市苍南县 … 金华市金东区).
 */
import { cities, type City, type District } from '../places/gazetteer';

export type PlaceTag = { city: string; district?: string };
type Entry = { city: City; district?: District; names: string[]; full: boolean };

const entries: Entry[] = cities.flatMap((city) =>
  city.districts.flatMap((district) => [
    { city, district, names: [district.name, ...district.aliases], full: true },
    ...(Array.from(district.shortName).length >= 2 ? [{ city, district, names: [district.shortName], full: false }] : []),
  ]),
);

const count = (text: string, name: string) => text.split(name).length - 1;
const cityPrefixes = (c: City) => [c.name, c.shortName];

function mentions(text: string, full: boolean) {
  const found = new Map<District, { entry: Entry; n: number }>();
  for (const e of entries) {
    if (e.full !== full || !e.district) continue;
    const n = e.names.reduce((s, name) => s + count(text, name), 0);
    const known = found.get(e.district);
    if (n > 0) found.set(e.district, { entry: e, n: n + (known?.n ?? 0) });
  }
  return [...found.values()].sort((a, b) => b.n - a.n);
}

const withCity = (text: string, e: Entry) => cityPrefixes(e.city).some((c) => e.names.some((n) => text.includes(c + n)));

export function tagPlaces(title: string, paragraphs: string[]): PlaceTag[] {
  const body = paragraphs.join('\n');
  const all = `${title}\n${body}`;
  const found = mentions(all, true);
  const ranked = found.length ? found : mentions(all, false);
  if (ranked.length === 0) {
    const city = cities.map((c) => ({ c, n: count(all, c.name) + count(all, c.shortName) })).sort((a, b) => b.n - a.n)[0];
    return city && city.n > 0 ? [{ city: city.c.name }] : [];
  }
  const lead = `${title}\n${paragraphs[0] ?? ''}`;
  const chosen = ranked.filter(
    ({ entry, n }, i) =>
      i === 0 || entry.names.some((name) => title.includes(name)) || withCity(lead, entry) || (withCity(body, entry) && n >= 2),
  );
  return chosen.map(({ entry }) => ({ city: entry.city.name, district: entry.district?.name }));
}
