import { loadContent } from '@/lib/content/load';
import { homeCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from './components/listing-image';

// The home page's share image: the latest edition. Pages without one of their own inherit it.
export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
const text = () => homeCardText(loadContent());
export const generateImageMetadata = () => listingImageMetadata(text());
export default function Image() {
  return listingImage(text());
}
