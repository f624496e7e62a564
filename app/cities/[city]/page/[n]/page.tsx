import { cityUrl } from '@/lib/site/routes';
import { articlesInCity } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { cities } from '@/lib/places/gazetteer';
import { laterPages, pagedRoute } from '@/app/components/list-pages';
import { CityView, cityMetadata } from '../../city-view';

// The first pages are generated at build time; later ones on first request, then cached.
// /page/1 redirects to the list itself; /page/0, /page/abc and past-the-end pages are 404s.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return cities.flatMap((c) => laterPages(articlesInCity(content, c.slug).length).map((n) => ({ city: c.slug, n: String(n) })));
}

const route = pagedRoute<{ city: string }>({
  basePath: ({ city }) => cityUrl(city),
  metadata: ({ city }, n) => cityMetadata(city, n),
  view: ({ city }, n) => <CityView slug={city} n={n} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
