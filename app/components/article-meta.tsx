import Link from 'next/link';
import { Fragment } from 'react';
import type { Article } from '@/lib/content/schema';
import { formatDate } from '@/lib/site/format';
import { authorUrl, cityUrl, placeUrl } from '@/lib/site/routes';

// .meta-link (globals.css) is inline-block + py-1: a 28 px tall tap target on phones (WCAG 2.5.8 asks
// for 24) without a bigger font.
const linkClass = 'meta-link';

export function Authors({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={name}>
          {i > 0 && '、'}
          <Link className={linkClass} href={authorUrl(name)}>
            {name}
          </Link>
        </Fragment>
      ))}
    </>
  );
}

/** 杭州市 › 上城区, each part linking to its page; `after` (the date) is kept on the last place's line. */
export function Places({ places, after }: { places: Article['locations']; after?: React.ReactNode }) {
  return (
    <>
      {places.map((p, i) => {
        const last = p.district ? (
          <Link className={linkClass} href={placeUrl(p)}>
            {p.district}
          </Link>
        ) : (
          <Link className={linkClass} href={cityUrl(p.citySlug)}>
            {p.city}
          </Link>
        );
        return (
          <Fragment key={p.code}>
            {i > 0 && '；'}
            {p.district && (
              <Link className={linkClass} href={cityUrl(p.citySlug)}>
                {p.city}
              </Link>
            )}
            {after && i === places.length - 1 ? (
              <span className="whitespace-nowrap">
                {last}
                {after}
              </span>
            ) : (
              last
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** Byline of a listed article; `date: false` inside one day's edition, where every card has the same date. */
export function ArticleMeta({ article, date = true }: { article: Article; date?: boolean }) {
  return (
    <p className="meta-line">
      <span>
        <span className="sr-only">作者：</span>
        <Authors names={article.authors} />
      </span>
      <span>
        <span className="sr-only">地点：</span>
        <Places
          places={article.locations}
          after={
            date && (
              <time className="ml-3" dateTime={article.date}>
                {formatDate(article.date)}
              </time>
            )
          }
        />
      </span>
    </p>
  );
}
