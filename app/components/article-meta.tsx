import { Fragment } from 'react';
import type { Byline, CardPlace } from '@/lib/site/card';
import { formatDate } from '@/lib/site/format';
import { authorHref, cityUrl, placeUrl } from '@/lib/site/routes';

// .meta-link (globals.css) is inline-block + py-1: a 28 px tall tap target on phones (WCAG 2.5.8 asks
// for 24) without a bigger font.
const linkClass = 'meta-link';

/**
 * Items with a separator between them, as one flat list: no wrapper per item, because each one
 * would be sent again in the page's RSC data for every byline of a listing.
 */
function joined(items: readonly React.ReactElement[], separator: string): React.ReactNode[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

export function Authors({ names }: { names: readonly string[] }) {
  const links = names.map((name) => (
    <a key={name} className={linkClass} href={authorHref(name)}>
      {name}
    </a>
  ));
  return joined(links, '、');
}

/**
 * 杭州市上城区, each part linking to its page; places apart with ；. A city and its district are one
 * name, so they share a line (never 杭州市 / 上城区), and `after` (the date) stays on the last one's.
 */
export function Places({ places, after }: { places: readonly CardPlace[]; after?: React.ReactNode }) {
  const parts = places.map((p, i) => {
    const city = (
      <a className={linkClass} href={cityUrl(p.citySlug)}>
        {p.city}
      </a>
    );
    const tail = after && i === places.length - 1 ? after : null;
    if (!p.district && !tail) return <Fragment key={i}>{city}</Fragment>;
    return (
      <span key={i} className="whitespace-nowrap">
        {city}
        {p.district && (
          <a className={linkClass} href={placeUrl(p)}>
            {p.district}
          </a>
        )}
        {tail}
      </span>
    );
  });
  return joined(parts, '；');
}

/** Byline of a listed article; no date inside one day's edition, where every card has the same date. */
export function ArticleMeta({ byline }: { byline: Byline }) {
  const { authors, places, date } = byline;
  return (
    <p className="meta-line">
      <span>
        <span className="sr-only">作者：</span>
        <Authors names={authors} />
      </span>
      <span>
        <span className="sr-only">地点：</span>
        <Places
          places={places}
          after={
            date && (
              <time className="ml-3" dateTime={date}>
                {formatDate(date)}
              </time>
            )
          }
        />
      </span>
    </p>
  );
}
