import type { PlaceRoute } from '@/lib/places/route';
import { placeUrl } from '@/lib/site/routes';

/**
 * Where an unknown place URL could have meant to go. Rendered by the /cities layouts above the
 * segment's not-found, which cannot see the URL itself; nothing at all for a known place.
 */
export function PlaceSuggestions({ route }: { route: PlaceRoute }) {
  if (route.kind !== 'unknown') return null;
  return (
    <section
      aria-label="地名建议"
      className="mb-6 max-w-2xl rounded-md bg-amber-50 px-4 py-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{route.message}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4">
        {route.suggestions.map((s) => (
          <li key={s.label}>
            <a className="meta-link" href={placeUrl(s)}>
              {route.suggestions.length > 1 ? s.label : `是不是要找${s.label}？`}
            </a>
          </li>
        ))}
        <li>
          <a className="meta-link" href="/cities">
            全部地区
          </a>
        </li>
      </ul>
    </section>
  );
}
