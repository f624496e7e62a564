import { renderShareImage, shareImageMetadata } from './share-card';

export const contentType = 'image/png';
// Like the pages (a 404 for an unknown slug included): caches ask again after five minutes.
export const revalidate = 300;

export function generateImageMetadata(props: { params: { slug: string } }) {
  return shareImageMetadata(props);
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return renderShareImage((await params).slug);
}
