import { cityUrl } from '@/lib/site/routes';
import { articlesInCity } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { cities } from '@/lib/places/gazetteer';
import { laterPageNumber, laterPages } from '@/app/components/list-pages';
import { CityView, cityMetadata } from '../../city-view';

type Params = Promise<{ city: string; n: string }>;

// The first pages are generated at build time; later ones on first request, then cached.
// /page/1 redirects to the list itself; /page/0, /page/abc and past-the-end pages are 404s.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return cities.flatMap((c) => laterPages(articlesInCity(content, c.slug).length).map((n) => ({ city: c.slug, n: String(n) })));
}

/** `page`: the page component, which redirects /page/1; metadata only reads the number. */
async function pageNumber(params: Params, from: 'page' | 'metadata' = 'page') {
  const { city, n } = await params;
  return { city, page: laterPageNumber(n, from === 'page' ? () => cityUrl(city) : undefined) };
}

export async function generateMetadata({ params }: { params: Params }) {
  const { city, page } = await pageNumber(params, 'metadata');
  return cityMetadata(city, page);
}

export default async function CityPagedPage({ params }: { params: Params }) {
  const { city, page } = await pageNumber(params);
  return <CityView slug={city} n={page} />;
}
