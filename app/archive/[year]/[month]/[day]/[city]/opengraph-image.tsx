import { listingImage, listingImageMetadata } from '../../../../../components/listing-image';
import { dayCardFor, type DayParams } from '../day-route';

// The day, a place filter of it or one printed page (a numeric segment): see day-route.ts.
export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
export const generateImageMetadata = ({ params }: { params: Partial<DayParams> }) => listingImageMetadata(dayCardFor(params));
export default async function Image({ params }: { params: Promise<DayParams> }) {
  return listingImage(dayCardFor(await params));
}
