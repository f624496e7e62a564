import type { Metadata } from 'next';
import { SITE_NAME, absoluteUrl } from '@/lib/site/config';
import { SITE_FEED_PATH } from '@/lib/feeds/site';

type ListingMeta = {
  title: string;
  /** The title as it is, without the site-name suffix (the home page names the site itself). */
  absolute?: boolean;
  description: string;
  /** Root-relative path of this exact page (page 2 is its own canonical, not page 1). */
  path: string;
  /** A place feed, offered before the whole-site feed. */
  feed?: { path: string; title: string };
  /** Pages with nothing on them are kept out of search results. */
  noindex?: boolean;
};

/**
 * Next copies the Open Graph title, description and image into twitter:* tags unless they are
 * given. X reads og:image when twitter:image is missing, so the five image tags are left out.
 */
export const NO_TWITTER_IMAGES = { card: 'summary_large_image', images: [] } satisfies Metadata['twitter'];

/**
 * A child's `openGraph` and `alternates` replace the root layout's wholesale, so siteName, locale
 * and the site feed are repeated here.
 */
export function listingMetadata({ title, absolute, description, path, feed, noindex }: ListingMeta): Metadata {
  const url = absoluteUrl(path);
  const feeds = [
    ...(feed ? [{ url: absoluteUrl(feed.path), title: feed.title }] : []),
    { url: absoluteUrl(SITE_FEED_PATH), title: SITE_NAME },
  ];
  return {
    title: absolute ? { absolute: title } : title,
    description,
    alternates: { canonical: url, types: { 'application/rss+xml': feeds } },
    openGraph: { type: 'website', locale: 'zh_CN', siteName: SITE_NAME, title, description, url },
    twitter: NO_TWITTER_IMAGES,
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
