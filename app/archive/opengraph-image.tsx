import { loadContent } from '@/lib/content/load';
import { archiveCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../components/listing-image';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
const text = () => archiveCardText(loadContent());
export const generateImageMetadata = () => listingImageMetadata(text());
export default function Image() {
  return listingImage(text());
}
