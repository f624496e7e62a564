import { loadContent } from '@/lib/content/load';
import { cityBySlug } from '@/lib/places/gazetteer';
import { cityCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../../components/listing-image';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
type Params = { city: string };
// At build, Next asks for image ids with the parent's params, which are empty here: images are
// then drawn on first request and cached.
const text = ({ city }: Partial<Params>) => {
  const c = city === undefined ? undefined : cityBySlug(city);
  return c ? cityCardText(loadContent(), c) : null;
};
export const generateImageMetadata = ({ params }: { params: Partial<Params> }) => listingImageMetadata(text(params));
export default async function Image({ params }: { params: Promise<Params> }) {
  return listingImage(text(await params));
}
