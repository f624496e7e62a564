import { loadContent } from '@/lib/content/load';
import { cityBySlug } from '@/lib/places/gazetteer';
import { cityCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../../components/listing-image';

export const contentType = 'image/png';
type Params = { city: string };
const text = ({ city }: Params) => {
  const c = cityBySlug(city);
  return c ? cityCardText(loadContent(), c) : null;
};
export const generateImageMetadata = ({ params }: { params: Params }) => listingImageMetadata(text(params));
export default async function Image({ params }: { params: Promise<Params> }) {
  return listingImage(text(await params));
}
