import Link from 'next/link';
import { loadContent } from '@/lib/content/load';
import { cityCounts, articlesOnDate } from '@/lib/content/catalog';
import { editionGroups, latestDate, placeCounts } from '@/lib/content/edition';
import { cityBySlug, districtBySlug } from '@/lib/places/gazetteer';
import { formatDate, formatSource } from '@/lib/site/format';
import { cityUrl, districtUrl } from '@/lib/site/routes';
import { ArticleList } from './components/article-card';
import { CityMap } from './components/city-map';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function chipClass(active: boolean) {
  return active
    ? 'rounded-full border border-brand-600 bg-brand-600 px-3 py-1 text-white'
    : 'rounded-full border border-gray-300 px-3 py-1 hover:border-brand-600 dark:border-gray-600';
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const content = loadContent();
  const date = latestDate(content);
  if (!date) return <p>还没有文章。</p>;

  const edition = articlesOnDate(content, date);
  const citySlug = first(params.city);
  const districtSlug = first(params.district);
  const city = citySlug ? cityBySlug(citySlug) : undefined;
  const district = city && districtSlug ? districtBySlug(city.slug, districtSlug)?.district : undefined;
  const unknownFilter = (citySlug && !city) || (districtSlug && city && !district);
  const filter = { citySlug: city?.slug, districtSlug: district?.slug };
  const groups = editionGroups(content, date, filter);
  const shown = groups.reduce((n, g) => n + g.articles.length, 0);
  const counts = placeCounts(edition);
  const source = edition[0].source;

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <h1 className="font-serif text-3xl font-bold">{formatDate(date)} 摘要</h1>
        <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">
          {formatSource(source)} · 共 {edition.length} 篇
        </p>

        <section aria-labelledby="filter-heading" className="mt-5">
          <h2 id="filter-heading" className="sr-only">按地区筛选</h2>
          <ul className="flex flex-wrap gap-2 text-sm" aria-label="城市">
            <li><Link className={chipClass(!city)} href="/" aria-current={!city ? 'page' : undefined}>全部 {edition.length}</Link></li>
            {counts.cities.map((c) => (
              <li key={c.slug}>
                <Link className={chipClass(city?.slug === c.slug)} href={`/?city=${c.slug}`} aria-current={city?.slug === c.slug && !district ? 'page' : undefined}>
                  {c.name} {c.count}
                </Link>
              </li>
            ))}
          </ul>
          {city && (
            <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={`${city.name}的区县`}>
              {counts.districts.filter((d) => d.citySlug === city.slug).map((d) => (
                <li key={d.slug}>
                  <Link className={chipClass(district?.slug === d.slug)} href={`/?city=${city.slug}&district=${d.slug}`} aria-current={district?.slug === d.slug ? 'page' : undefined}>
                    {d.name} {d.count}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {unknownFilter && (
            <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              找不到地区“{districtSlug && city ? districtSlug : citySlug}”，已显示{city ? city.name : '全部'}文章。
            </p>
          )}
          {city && (
            <p role="status" className="mt-3 text-sm text-gray-700 dark:text-gray-300">
              本期{district ? `${city.name}${district.name}` : city.name}共 {shown} 篇 ·{' '}
              <Link className="underline" href={district ? districtUrl(city.slug, district.slug) : cityUrl(city.slug)}>
                查看{district ? district.name : city.name}全部文章
              </Link>
            </p>
          )}
        </section>

        {groups.length === 0 && (
          <p className="mt-6">本期没有这个地区的文章。<Link className="underline" href="/">查看全部</Link></p>
        )}
        {groups.map((g, i) =>
          g.series ? (
            <section key={g.series.slug} aria-labelledby={`series-${g.series.slug}`} className="mt-8 rounded-lg border-t-4 border-brand-600 bg-brand-50 p-4 dark:bg-gray-800">
              <p className="text-sm font-medium text-brand-700 dark:text-brand-100">专题</p>
              <h2 id={`series-${g.series.slug}`} className="font-serif text-2xl font-bold">
                <Link href={g.series.url} className="hover:text-brand-700">{g.series.title}</Link>
              </h2>
              <div className="mt-2 text-[15px] text-gray-700 dark:text-gray-300" dangerouslySetInnerHTML={{ __html: g.series.html }} />
              <ArticleList articles={g.articles} />
            </section>
          ) : (
            <section key={`lead-${i}`} aria-label={i === 0 ? '要闻' : '更多文章'} className="mt-6">
              <ArticleList articles={g.articles} headingLevel={2} />
            </section>
          ),
        )}
      </div>
      <aside aria-labelledby="map-heading">
        <h2 id="map-heading" className="mb-3 font-serif text-lg font-bold">地区分布</h2>
        <CityMap counts={cityCounts(content)} />
      </aside>
    </div>
  );
}
