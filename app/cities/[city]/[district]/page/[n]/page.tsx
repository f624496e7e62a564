import { districtUrl } from '@/lib/site/routes';
import { articlesInDistrict } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { districtRouteParams } from '@/lib/places/gazetteer';
import { laterPages, pagedRoute } from '@/app/components/list-pages';
import { DistrictView, districtMetadata } from '../../district-view';

// The first pages are generated at build time; later ones on first request, then cached.
// /page/1 redirects to the list itself; /page/0, /page/abc and past-the-end pages are 404s.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return districtRouteParams().flatMap((p) =>
    laterPages(articlesInDistrict(content, p.city, p.district).length).map((n) => ({ ...p, n: String(n) })),
  );
}

const route = pagedRoute<{ city: string; district: string }>({
  basePath: ({ city, district }) => districtUrl(city, district),
  metadata: ({ city, district }, n) => districtMetadata(city, district, n),
  view: ({ city, district }, n) => <DistrictView citySlug={city} districtSlug={district} n={n} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
