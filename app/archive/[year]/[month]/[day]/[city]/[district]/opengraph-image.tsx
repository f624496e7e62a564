import { listingImage, listingImageMetadata } from '../../../../../../components/listing-image';
import { dayCardFor, type DayParams } from '../../day-route';

// The day, a place filter of it or one printed page (a numeric segment): see day-route.ts.
export const contentType = 'image/png';
export const generateImageMetadata = ({ params }: { params: Partial<DayParams> }) => listingImageMetadata(dayCardFor(params));
export default async function Image({ params }: { params: Promise<DayParams> }) {
  return listingImage(dayCardFor(await params));
}
