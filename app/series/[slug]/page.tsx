import { loadContent } from '@/lib/content/load';
import { SeriesView, seriesMetadata } from './series-view';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return loadContent().series.map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props) {
  return seriesMetadata((await params).slug, 1);
}

export default async function SeriesPage({ params }: Props) {
  return <SeriesView slug={(await params).slug} n={1} />;
}
