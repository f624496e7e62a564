import { loadContent } from '@/lib/content/load';
import { archiveCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../components/listing-image';

export const contentType = 'image/png';
const text = () => archiveCardText(loadContent());
export const generateImageMetadata = () => listingImageMetadata(text());
export default function Image() {
  return listingImage(text());
}
