import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { articlesInDistrict, districtCounts } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { paginate } from '@/lib/content/paginate';
import type { City, District } from '@/lib/places/gazetteer';
import { predecessorsOf } from '@/lib/places/former';
import { resolvePlaceRoute } from '@/lib/places/route';
import { SITE_NAME } from '@/lib/site/config';
import { newestFirst } from '@/lib/site/format';
import { cityUrl, districtUrl, placeUrl } from '@/lib/site/routes';
import { PlaceEmpty, Listing } from '@/app/components/listing';
import { listingMetadata } from '@/app/components/listing-metadata';
import { LIST_PAGE_SIZE, pagePath } from '@/app/components/list-pages';
import { cityFeed } from '../city-view';

// Shared by /cities/[city]/[district] and /cities/[city]/[district]/page/[n].

/**
 * Other spellings and districts merged into one successor (xiacheng → gongshu) redirect; a district
 * of another city (/cities/ningbo/fuyang) or a split one is a 404 whose layout suggests where to go.
 */
export function resolveDistrict(citySlug: string, districtSlug: string, n = 1): { city: City; district: District } {
  const route = resolvePlaceRoute({ city: citySlug, district: districtSlug });
  if (route.kind === 'redirect') permanentRedirect(pagePath(placeUrl(route.to), n));
  if (route.kind !== 'ok' || !route.district) notFound();
  return { city: route.city, district: route.district };
}

function districtPage(city: City, district: District, n: number) {
  const page = paginate(articlesInDistrict(loadContent(), city.slug, district.slug), n, LIST_PAGE_SIZE);
  if (!page) notFound();
  return page;
}

export function districtMetadata(citySlug: string, districtSlug: string, n: number): Metadata {
  // Redirects and 404s are the page's to answer (see cityMetadata).
  const route = resolvePlaceRoute({ city: citySlug, district: districtSlug });
  if (route.kind !== 'ok' || !route.district) return {};
  const { city, district } = route;
  const page = districtPage(city, district, n);
  const full = `${city.name}${district.name}`;
  return listingMetadata({
    title: n > 1 ? `${full}新闻（第${n}页）` : `${full}新闻`,
    description:
      page.total > 0
        ? `${SITE_NAME}收录的${full}新闻，共 ${page.total} 篇${newestFirst(page.total)}。`
        : `${SITE_NAME}暂无${full}的文章。`,
    path: pagePath(districtUrl(city.slug, district.slug), n),
    feed: cityFeed(city),
    noindex: page.total === 0,
  });
}

export function DistrictView({ citySlug, districtSlug, n }: { citySlug: string; districtSlug: string; n: number }) {
  const content = loadContent();
  const { city, district } = resolveDistrict(citySlug, districtSlug, n);
  const page = districtPage(city, district, n);
  const siblings = districtCounts(content, city);
  const former = predecessorsOf(city.slug, district.slug);
  return (
    <Listing
      crumbs={[
        { label: '首页', href: '/' },
        { label: '地区', href: '/cities' },
        { label: city.name, href: cityUrl(city.slug) },
        { label: district.name },
      ]}
      title={district.name}
      page={page}
      basePath={districtUrl(city.slug, district.slug)}
      note={
        former
          .map((f) => `原${f.name}已于 ${f.year} 年撤销，${f.successors.length > 1 ? '部分' : '全部'}并入${district.name}。`)
          .join('') || undefined
      }
      feed={{ href: `/feeds#${city.slug}`, label: `订阅${city.name} RSS` }}
      chips={
        // Only worth showing when there is somewhere else to go.
        siblings.some((d) => d.district.slug !== district.slug)
          ? {
              heading: `${city.name}各区县`,
              label: `${city.name}有文章的区县`,
              items: siblings.map(({ district: d, count }) => ({
                key: d.slug,
                label: d.name,
                href: districtUrl(city.slug, d.slug),
                count,
                current: d.slug === district.slug,
              })),
            }
          : undefined
      }
      empty={
        <PlaceEmpty
          message={`暂无${city.name}${district.name}的文章。`}
          suggestionsHeading={siblings.length > 0 ? `${city.name}这些区县有文章：` : `${city.name}暂无文章。`}
          suggestions={siblings.map(({ district: d, count }) => ({
            key: d.slug,
            label: d.name,
            href: districtUrl(city.slug, d.slug),
            count,
          }))}
        />
      }
    />
  );
}
