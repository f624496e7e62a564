import { renderShareImage, shareImageMetadata } from './share-card';

export const contentType = 'image/png';

export function generateImageMetadata(props: { params: { slug: string } }) {
  return shareImageMetadata(props);
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return renderShareImage((await params).slug);
}
