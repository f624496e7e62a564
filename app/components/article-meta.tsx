import Link from 'next/link';
import type { Article } from '@/lib/content/schema';
import { formatDate, placeName } from '@/lib/site/format';
import { authorUrl, cityUrl, placeUrl } from '@/lib/site/routes';

// inline-block + py-1: a 28 px tall tap target on phones (WCAG 2.5.8 asks for 24) without a bigger font.
const linkClass = 'inline-block py-1 underline decoration-gray-300 underline-offset-4 hover:text-brand-700 hover:decoration-brand-600 dark:decoration-gray-600 dark:hover:text-brand-100';

export function Authors({ names }: { names: readonly string[] }) {
  return (
    <span>
      {names.map((name, i) => (
        <span key={name}>
          {i > 0 && '、'}
          <Link className={linkClass} href={authorUrl(name)}>{name}</Link>
        </span>
      ))}
    </span>
  );
}

/** 杭州市 › 上城区, each part linking to its page. */
export function Places({ places }: { places: Article['locations'] }) {
  return (
    <span>
      {places.map((p, i) => (
        <span key={p.code}>
          {i > 0 && '；'}
          <Link className={linkClass} href={cityUrl(p.citySlug)}>{p.city}</Link>
          {p.district && (
            <Link className={linkClass} href={placeUrl(p)} aria-label={placeName(p)}>{p.district}</Link>
          )}
        </span>
      ))}
    </span>
  );
}

export function ArticleMeta({ article }: { article: Article }) {
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-gray-600 dark:text-gray-400">
      <span><span className="sr-only">作者：</span><Authors names={article.authors} /></span>
      <span><span className="sr-only">地点：</span><Places places={article.locations} /></span>
      <time dateTime={article.date}>{formatDate(article.date)}</time>
    </p>
  );
}
