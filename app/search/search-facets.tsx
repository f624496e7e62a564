import type { SearchResult } from '@/lib/search/index';
import { chipClass } from '../components/chips';
import { searchHref } from '@/lib/site/routes';

export type FacetsProps = { facets: SearchResult['facets']; q: string; city?: string; district?: string };

/** Filter by city, and within the chosen city by district; the current choice marked. */
export function SearchFacets({ facets, q, city, district }: FacetsProps) {
  if (facets.cities.length === 0) return null;
  return (
    <nav aria-label="按地区筛选" className="mt-3 space-y-2 text-sm">
      <ul className="flex flex-wrap gap-2">
        <li>
          <a className={chipClass(!city)} aria-current={!city ? 'page' : undefined} href={searchHref({ q })}>
            全部地区
          </a>
        </li>
        {facets.cities.map((c) => (
          <li key={c.slug}>
            <a
              className={chipClass(city === c.slug && !district)}
              aria-current={city === c.slug && !district ? 'page' : undefined}
              href={searchHref({ q, city: c.slug })}
            >
              {c.name} {c.count}
            </a>
          </li>
        ))}
      </ul>
      {city && <DistrictFacets facets={facets} q={q} district={district} />}
    </nav>
  );
}

function DistrictFacets({ facets, q, district }: Omit<FacetsProps, 'city'>) {
  if (facets.districts.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2">
      {facets.districts.map((d) => (
        <li key={`${d.citySlug}/${d.slug}`}>
          <a
            className={chipClass(district === d.slug)}
            aria-current={district === d.slug ? 'page' : undefined}
            href={searchHref({ q, city: d.citySlug, district: d.slug })}
          >
            {d.name} {d.count}
          </a>
        </li>
      ))}
    </ul>
  );
}
