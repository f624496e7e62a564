import { SHARE_IMAGE_ID, SHARE_IMAGE_SIZE } from '@/lib/seo/urls';
import { listingCard, listingCardAlt, type ListingCardText } from '@/lib/share/listing-card';
import { cardImage } from '../articles/[slug]/share-card';

/*
 * Share images of listing pages (home, places, authors, series, 往期), drawn like an article's:
 * each route folder has an opengraph-image.tsx that names its text and calls these two.
 */

export const contentType = 'image/png';

/** One image per page (id `card`), with alt text naming what it shows; none for a page that is a 404. */
export function listingImageMetadata(text: ListingCardText | null) {
  return text ? [{ id: SHARE_IMAGE_ID, alt: listingCardAlt(text), size: SHARE_IMAGE_SIZE, contentType }] : [];
}

export function listingImage(text: ListingCardText | null): Promise<Response> | Response {
  return text ? cardImage(listingCard(text)) : new Response('Not found', { status: 404 });
}
