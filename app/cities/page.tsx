import { loadContent } from '@/lib/content/load';
import { cityCounts, districtCounts } from '@/lib/content/catalog';
import { cityUrl, districtUrl } from '@/lib/site/routes';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Chips } from '../components/chips';
import { listingMetadata } from '../components/listing-metadata';

export const metadata = listingMetadata({
  title: '按地区浏览',
  description: '浙江 11 个设区市及其区县的新闻，每个城市、区县一页，标明文章数。',
  path: '/cities',
});

export default function CitiesPage() {
  const content = loadContent();
  const counts = cityCounts(content);
  const withArticles = counts.filter((c) => c.count > 0).length;
  return (
    <div>
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '地区' }]} path="/cities" />
      <h1 className="mt-3 font-serif text-3xl font-bold">按地区浏览</h1>
      <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">
        浙江 11 个设区市，其中 {withArticles} 个有文章，共 {content.articles.length}{' '}
        篇。一篇文章涉及几个地方，就在几个地方都列出。
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {counts.map(({ city, count }) => {
          const districts = districtCounts(content, city);
          return (
            <li key={city.slug} className="rounded-lg border border-gray-200 p-4 dark:border-gray-700">
              <h2 className="flex items-baseline justify-between gap-2">
                <a
                  href={cityUrl(city.slug)}
                  className="font-serif text-xl font-bold hover:text-brand-700 dark:hover:text-brand-100"
                >
                  {city.name}
                </a>
                <span
                  className={`text-sm tabular-nums ${count > 0 ? 'text-brand-700 dark:text-brand-100' : 'text-gray-600 dark:text-gray-400'}`}
                >
                  {count > 0 ? `${count} 篇` : '暂无文章'}
                </span>
              </h2>
              {districts.length > 0 && (
                <div className="mt-3">
                  <Chips
                    label={`${city.name}有文章的区县`}
                    chips={districts.map(({ district, count: n }) => ({
                      key: district.slug,
                      label: district.name,
                      href: districtUrl(city.slug, district.slug),
                      count: n,
                    }))}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
