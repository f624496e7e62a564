import { seriesUrl } from '@/lib/site/routes';
import { articlesInSeries } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { laterPageNumber, laterPages } from '@/app/components/list-pages';
import { SeriesView, seriesMetadata } from '../../series-view';

type Params = Promise<{ slug: string; n: string }>;

// The first pages are generated at build time; later ones on first request, then cached.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return content.series.flatMap((s) =>
    laterPages(articlesInSeries(content, s.slug).length).map((n) => ({ slug: s.slug, n: String(n) })),
  );
}

/** `page`: the page component, which redirects /page/1; metadata only reads the number. */
async function resolve(params: Params, from: 'page' | 'metadata' = 'page') {
  const { slug, n } = await params;
  return { slug, page: laterPageNumber(n, from === 'page' ? () => seriesUrl(slug) : undefined) };
}

export async function generateMetadata({ params }: { params: Params }) {
  const { slug, page } = await resolve(params, 'metadata');
  return seriesMetadata(slug, page);
}

export default async function SeriesPagedPage({ params }: { params: Params }) {
  const { slug, page } = await resolve(params);
  return <SeriesView slug={slug} n={page} />;
}
