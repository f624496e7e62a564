import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { articlesInCity, cityCounts, districtCounts } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { paginate } from '@/lib/content/paginate';
import type { City } from '@/lib/places/gazetteer';
import { resolvePlaceRoute } from '@/lib/places/route';
import { SITE_NAME } from '@/lib/site/config';
import { newestFirst } from '@/lib/site/format';
import { cityFeedUrl, cityUrl, districtUrl, placeUrl } from '@/lib/site/routes';
import { PlaceEmpty, Listing } from '../../components/listing';
import { listingMetadata } from '../../components/listing-metadata';
import { LIST_PAGE_SIZE, pagePath } from '../../components/list-pages';

// Shared by /cities/[city] and /cities/[city]/page/[n].

/** Another spelling of a city (杭州, Hangzhou) redirects to its slug; an unknown one is a 404 (the layout suggests). */
export function resolveCity(slug: string, n = 1): City {
  const route = resolvePlaceRoute({ city: slug });
  if (route.kind === 'redirect') permanentRedirect(pagePath(placeUrl(route.to), n));
  if (route.kind !== 'ok') notFound();
  return route.city;
}

function cityPage(city: City, n: number) {
  const page = paginate(articlesInCity(loadContent(), city.slug), n, LIST_PAGE_SIZE);
  if (!page) notFound();
  return page;
}

export const cityFeed = (city: City) => ({ path: cityFeedUrl(city.slug), title: `${city.name}｜${SITE_NAME}` });

export function cityMetadata(slug: string, n: number): Metadata {
  // Redirects and 404s are the page's to answer: thrown from here too, Next sent Location twice.
  const route = resolvePlaceRoute({ city: slug });
  if (route.kind !== 'ok') return {};
  const city = route.city;
  const page = cityPage(city, n);
  const districts = districtCounts(loadContent(), city).map((d) => d.district.name);
  const where = districts.length > 3 ? `${districts.slice(0, 3).join('、')}等 ${districts.length} 个区县` : districts.join('、');
  return listingMetadata({
    title: n > 1 ? `${city.name}新闻（第${n}页）` : `${city.name}新闻`,
    description:
      page.total > 0
        ? `${SITE_NAME}收录的${city.name}新闻，共 ${page.total} 篇${where ? `，涉及${where}` : ''}${newestFirst(page.total)}。`
        : `${SITE_NAME}暂无${city.name}的文章。`,
    path: pagePath(cityUrl(city.slug), n),
    feed: cityFeed(city),
  });
}

export function CityView({ slug, n }: { slug: string; n: number }) {
  const content = loadContent();
  const city = resolveCity(slug, n);
  const page = cityPage(city, n);
  const others = cityCounts(content).filter((c) => c.count > 0 && c.city.slug !== city.slug);
  return (
    <Listing
      crumbs={[{ label: '首页', href: '/' }, { label: '地区', href: '/cities' }, { label: city.name }]}
      title={city.name}
      page={page}
      basePath={cityUrl(city.slug)}
      feed={{ href: `/feeds#${city.slug}`, label: `订阅${city.name} RSS` }}
      chips={{
        heading: '按区县查看',
        label: `${city.name}有文章的区县`,
        items: districtCounts(content, city).map(({ district, count }) => ({
          key: district.slug,
          label: district.name,
          href: districtUrl(city.slug, district.slug),
          count,
        })),
      }}
      empty={
        <PlaceEmpty
          message={`暂无${city.name}的文章。`}
          suggestionsHeading="这些城市有文章："
          suggestions={others.map(({ city: c, count }) => ({ key: c.slug, label: c.name, href: cityUrl(c.slug), count }))}
        />
      }
    />
  );
}
