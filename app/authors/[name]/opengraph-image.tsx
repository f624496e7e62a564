import { loadContent } from '@/lib/content/load';
import { authorCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../../components/listing-image';
import { authorName } from './author-view';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
type Params = { name: string };
// Params may be empty when Next asks for image ids at build: then drawn on first request.
const text = ({ name }: Partial<Params>) => {
  const found = name === undefined ? null : authorName(name);
  return found === null ? null : authorCardText(loadContent(), found);
};
export const generateImageMetadata = ({ params }: { params: Partial<Params> }) => listingImageMetadata(text(params));
export default async function Image({ params }: { params: Promise<Params> }) {
  return listingImage(text(await params));
}
