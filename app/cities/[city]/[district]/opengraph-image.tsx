import { loadContent } from '@/lib/content/load';
import { districtBySlug } from '@/lib/places/gazetteer';
import { districtCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../../../components/listing-image';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
type Params = { city: string; district: string };
// Params may be empty when Next asks for image ids at build: then drawn on first request.
const text = ({ city, district }: Partial<Params>) => {
  const d = city === undefined || district === undefined ? undefined : districtBySlug(city, district);
  return d ? districtCardText(loadContent(), d.city, d.district) : null;
};
export const generateImageMetadata = ({ params }: { params: Partial<Params> }) => listingImageMetadata(text(params));
export default async function Image({ params }: { params: Promise<Params> }) {
  return listingImage(text(await params));
}
