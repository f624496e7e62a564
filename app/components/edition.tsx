import { Fragment, type ReactNode } from 'react';
import { articlesOnDate } from '@/lib/content/catalog';
import { editionGroups, placeCounts } from '@/lib/content/edition';
import type { Content } from '@/lib/content/validate';
import type { City, District } from '@/lib/places/gazetteer';
import { printedPages } from '@/lib/content/printed-pages';
import { pageLabel } from '@/lib/site/format';
import { cityUrl, districtUrl, editionUrl, printedPageUrl } from '@/lib/site/routes';
import { EditionGroups } from './edition-groups';
import { chipClass } from './chips';

/** The place an edition is filtered to; both resolved against the gazetteer by the route. */
export type EditionFilter = { city?: City; district?: District };

/** The place chips of one day's paper, each filter its own static URL, and what the filter shows. */
function EditionFilters({
  content,
  date,
  filter,
  allHref,
  shown,
}: {
  content: Content;
  date: string;
  filter: EditionFilter;
  allHref: string;
  /** How many articles the filter leaves. */
  shown: number;
}) {
  const { city, district } = filter;
  const edition = articlesOnDate(content, date);
  const counts = placeCounts(edition);
  const place = district && city ? `${city.name}${district.name}` : city?.name;
  return (
    <section aria-labelledby="filter-heading" className="mt-5">
      <h2 id="filter-heading" className="sr-only">
        按地区筛选
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label="城市">
        <li>
          <a className={chipClass(!city)} href={allHref} aria-current={!city ? 'page' : undefined}>
            {`全部 ${edition.length}`}
          </a>
        </li>
        {counts.cities.map((c) => (
          <li key={c.slug}>
            <a
              className={chipClass(city?.slug === c.slug)}
              href={editionUrl(date, c.slug)}
              aria-current={city?.slug === c.slug && !district ? 'page' : undefined}
            >
              {`${c.name} ${c.count}`}
            </a>
          </li>
        ))}
      </ul>
      {city && (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={`${city.name}的区县`}>
          {counts.districts
            .filter((d) => d.citySlug === city.slug)
            .map((d) => (
              <li key={d.slug}>
                <a
                  className={chipClass(district?.slug === d.slug)}
                  href={editionUrl(date, city.slug, d.slug)}
                  aria-current={district?.slug === d.slug ? 'page' : undefined}
                >
                  {`${d.name} ${d.count}`}
                </a>
              </li>
            ))}
        </ul>
      )}
      {city && (
        <p role="status" className="mt-3 text-sm text-gray-700 dark:text-gray-300">
          {`本期${place}共 ${shown} 篇 · `}
          <a className="underline" href={district ? districtUrl(city.slug, district.slug) : cityUrl(city.slug)}>
            查看{district ? district.name : city.name}全部文章
          </a>
        </p>
      )}
    </section>
  );
}

/**
 * One day's paper: paper, date and pages (版次, each linked to its view), place filter chips (each
 * filter its own static URL), then the articles page by page as printed. `allHref` is where
 * “全部” leads: the home page for the latest edition, the day's page in 往期.
 */
export function Edition({
  content,
  date,
  filter,
  heading,
  kicker,
  allHref,
  afterFilters,
}: {
  content: Content;
  date: string;
  filter: EditionFilter;
  heading: string;
  /** A line above the heading: 最新一期 on the home page. */
  kicker?: string;
  allHref: string;
  /** Shown between the place filters and the articles (the home page's map, on phones). */
  afterFilters?: ReactNode;
}) {
  const { city, district } = filter;
  const edition = articlesOnDate(content, date);
  const groups = editionGroups(content, date, { citySlug: city?.slug, districtSlug: district?.slug });
  const shown = groups.reduce((n, g) => n + g.articles.length, 0);
  const pages = printedPages(content, date);
  const place = district && city ? `${city.name}${district.name}` : city?.name;

  return (
    <div>
      {kicker && <p className="text-sm font-medium text-brand-700 dark:text-brand-100">{kicker}</p>}
      <h1 className="font-serif text-3xl font-bold">{heading}</h1>
      <p className="muted mt-1 text-sm">
        {pages.map((p, i) => (
          <Fragment key={p.page}>
            {i === 0 ? `${p.publication} ` : ' · '}
            <a className="meta-link" href={printedPageUrl(date, p.page)}>
              {pageLabel(p)}
            </a>
          </Fragment>
        ))}
        {` · 共 ${edition.length} 篇`}
      </p>

      <EditionFilters content={content} date={date} filter={filter} allHref={allHref} shown={shown} />
      {afterFilters}

      {groups.length === 0 && (
        <p className="mt-6">
          本期没有{place ?? '这个地区'}的文章。
          <a className="underline" href={allHref}>
            查看本期全部文章
          </a>
        </p>
      )}
      <EditionGroups
        groups={groups}
        date={date}
        pageHeadings={pages.length > 1}
        sections={new Map(pages.map((p) => [p.page, p.section]))}
      />
    </div>
  );
}
