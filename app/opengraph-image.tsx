import { loadContent } from '@/lib/content/load';
import { homeCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from './components/listing-image';

// The home page's share image: the latest edition. Pages without one of their own inherit it.
export const contentType = 'image/png';
const text = () => homeCardText(loadContent());
export const generateImageMetadata = () => listingImageMetadata(text());
export default function Image() {
  return listingImage(text());
}
