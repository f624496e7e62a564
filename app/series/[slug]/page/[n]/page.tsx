import { seriesUrl } from '@/lib/site/routes';
import { articlesInSeries } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { laterPages, pagedRoute } from '@/app/components/list-pages';
import { SeriesView, seriesMetadata } from '../../series-view';

// The first pages are generated at build time; later ones on first request, then cached.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return content.series.flatMap((s) =>
    laterPages(articlesInSeries(content, s.slug).length).map((n) => ({ slug: s.slug, n: String(n) })),
  );
}

const route = pagedRoute<{ slug: string }>({
  basePath: ({ slug }) => seriesUrl(slug),
  metadata: ({ slug }, n) => seriesMetadata(slug, n),
  view: ({ slug }, n) => <SeriesView slug={slug} n={n} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
