import { districtUrl } from '@/lib/site/routes';
import { articlesInDistrict } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { districtRouteParams } from '@/lib/places/gazetteer';
import { laterPageNumber, laterPages } from '@/app/components/list-pages';
import { DistrictView, districtMetadata } from '../../district-view';

type Params = Promise<{ city: string; district: string; n: string }>;

// The first pages are generated at build time; later ones on first request, then cached.
// /page/1 redirects to the list itself; /page/0, /page/abc and past-the-end pages are 404s.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return districtRouteParams().flatMap((p) =>
    laterPages(articlesInDistrict(content, p.city, p.district).length).map((n) => ({ ...p, n: String(n) })),
  );
}

/** `page`: the page component, which redirects /page/1; metadata only reads the number. */
async function resolve(params: Params, from: 'page' | 'metadata' = 'page') {
  const { city, district, n } = await params;
  return { city, district, page: laterPageNumber(n, from === 'page' ? () => districtUrl(city, district) : undefined) };
}

export async function generateMetadata({ params }: { params: Params }) {
  const { city, district, page } = await resolve(params, 'metadata');
  return districtMetadata(city, district, page);
}

export default async function DistrictPagedPage({ params }: { params: Params }) {
  const { city, district, page } = await resolve(params);
  return <DistrictView citySlug={city} districtSlug={district} n={page} />;
}
