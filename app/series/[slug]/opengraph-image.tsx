import { getSeries } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { seriesCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../../components/listing-image';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
type Params = { slug: string };
// Params may be empty when Next asks for image ids at build: then drawn on first request.
const text = ({ slug }: Partial<Params>) => {
  const content = loadContent();
  const series = slug === undefined ? undefined : getSeries(content, slug);
  return series ? seriesCardText(content, series) : null;
};
export const generateImageMetadata = ({ params }: { params: Partial<Params> }) => listingImageMetadata(text(params));
export default async function Image({ params }: { params: Promise<Params> }) {
  return listingImage(text(await params));
}
