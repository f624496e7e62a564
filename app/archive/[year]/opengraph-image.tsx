import { archiveDate } from '@/lib/content/archive';
import { loadContent } from '@/lib/content/load';
import { periodCardText } from '@/lib/share/listing-card';
import { listingImage, listingImageMetadata } from '../../components/listing-image';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown one included): caches ask again after five minutes.
export const revalidate = 300;
type Params = { year: string };
// Params may be empty when Next asks for image ids at build: then drawn on first request.
const text = ({ year }: Partial<Params>) => (year && archiveDate(year) ? periodCardText(loadContent(), year) : null);
export const generateImageMetadata = ({ params }: { params: Partial<Params> }) => listingImageMetadata(text(params));
export default async function Image({ params }: { params: Promise<Params> }) {
  return listingImage(text(await params));
}
