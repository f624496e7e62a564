import { z } from 'zod';
import type { Article, Place, Series } from '../content/schema';
import { SITE_NAME, SITE_URL, absoluteUrl } from '../site/config';
import { placeName, publishedTime } from '../site/format';
import { authorUrl } from '../site/routes';
import { articleSection } from './article-meta';
import { correctionLine, splitCorrections } from './corrections';
import { PUBLISHER_LOGO, canonicalUrl, shareImagePath } from './urls';

const PersonSchema = z.object({ '@type': z.literal('Person'), name: z.string(), url: z.url() });
// Text where schema.org also takes an object (an address, an image or logo URL): the same facts
// in a third of the bytes, which every article page carries twice (its HTML and its RSC payload).
const PlaceSchema = z.object({
  '@type': z.literal('Place'),
  name: z.string(),
  address: z.string().startsWith('浙江省'),
});

/** The schema.org NewsArticle we publish, so a test can check a built object field by field. */
export const NewsArticleJsonLdSchema = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('NewsArticle'),
  headline: z.string(),
  description: z.string(),
  url: z.url(),
  datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
  dateModified: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
  inLanguage: z.literal('zh-CN'),
  author: z.array(PersonSchema).min(1),
  publisher: z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.url(), logo: z.url() }),
  image: z.array(z.url()).min(1),
  contentLocation: z.array(PlaceSchema).min(1),
  articleSection: z.string(),
  keywords: z.array(z.string()).optional(),
  isPartOf: z.object({ '@type': z.literal('CreativeWorkSeries'), name: z.string(), url: z.url() }).optional(),
  correction: z.array(z.object({ '@type': z.literal('CorrectionComment'), text: z.string() })).optional(),
  printEdition: z.string(),
  printPage: z.string(),
  printSection: z.string().optional(),
});
export type NewsArticleJsonLd = z.infer<typeof NewsArticleJsonLdSchema>;

function place(p: Place): z.infer<typeof PlaceSchema> {
  const name = placeName(p);
  return { '@type': 'Place', name, address: `浙江省${name}` };
}

function correctionsLd(article: Article): Pick<NewsArticleJsonLd, 'correction'> {
  const { errata } = splitCorrections(article.corrections);
  return errata.length > 0
    ? { correction: errata.map((c) => ({ '@type': 'CorrectionComment' as const, text: correctionLine(c) })) }
    : {};
}

/**
 * schema.org NewsArticle for an article page. `series` is the article's series, looked up by the
 * caller (lib stays free of content loading here so the builder is pure).
 */
export function newsArticleJsonLd(article: Article, series?: Series): NewsArticleJsonLd {
  const url = canonicalUrl(article);
  const time = publishedTime(article.date);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url,
    datePublished: time,
    // Corrections carry no date of their own, so the publication date is the honest answer.
    dateModified: time,
    inLanguage: 'zh-CN',
    author: article.authors.map((name) => ({ '@type': 'Person', name, url: absoluteUrl(authorUrl(name)) })),
    publisher: {
      '@type': 'Organization',
      name: SITE_NAME,
      url: `${SITE_URL}/`,
      logo: absoluteUrl(PUBLISHER_LOGO.path),
    },
    image: [absoluteUrl(shareImagePath(article))],
    // What the article is about; where it was written (locationCreated) the paper does not say.
    contentLocation: article.locations.map(place),
    articleSection: articleSection(article, series),
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
    ...(series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: series.title, url: canonicalUrl(series) } } : {}),
    // Only real corrections: our OCR proofreading changed nothing the paper printed.
    ...correctionsLd(article),
    printEdition: article.source.publication,
    printPage: String(article.source.page),
    ...(article.source.section ? { printSection: article.source.section } : {}),
  };
}

const BreadcrumbListSchema = z.object({
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z
    .array(z.object({ '@type': z.literal('ListItem'), position: z.number().int().positive(), name: z.string(), item: z.url() }))
    .min(1),
});

export type BreadcrumbList = z.infer<typeof BreadcrumbListSchema>;
export const BreadcrumbJsonLdSchema = BreadcrumbListSchema.extend({ '@context': z.literal('https://schema.org') });

/** A schema.org BreadcrumbList from the home page to the current page: site paths, in order. */
export function breadcrumbList(trail: readonly { name: string; path: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
}

/** The schema.org CollectionPage of a series page: its articles in order, and where it sits. */
export const SeriesJsonLdSchema = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('CollectionPage'),
  name: z.string(),
  description: z.string(),
  url: z.url(),
  inLanguage: z.literal('zh-CN'),
  isPartOf: z.object({ '@type': z.literal('WebSite'), name: z.string(), url: z.url() }),
  breadcrumb: BreadcrumbListSchema,
  mainEntity: z.object({
    '@type': z.literal('ItemList'),
    numberOfItems: z.number().int().nonnegative(),
    itemListElement: z.array(
      z.object({ '@type': z.literal('ListItem'), position: z.number().int().positive(), url: z.url(), name: z.string() }),
    ),
  }),
});
export type SeriesJsonLd = z.infer<typeof SeriesJsonLdSchema>;

/** One page of a series listing: its articles in page order, where they start, and the page's path. */
export type SeriesListing = { items: readonly Article[]; total: number; offset: number; path: string };

/** schema.org CollectionPage for one page of a series (the items of that page, numbered from its offset). */
export function seriesJsonLd(series: Series, listing: SeriesListing, description: string): SeriesJsonLd {
  const url = absoluteUrl(listing.path);
  const home = `${SITE_URL}/`;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: series.title,
    description,
    url,
    inLanguage: 'zh-CN',
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: home },
    breadcrumb: breadcrumbList([
      { name: SITE_NAME, path: '/' },
      { name: series.title, path: series.url },
    ]),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: listing.total,
      itemListElement: listing.items.map((a, i) => ({
        '@type': 'ListItem',
        position: listing.offset + i + 1,
        url: canonicalUrl(a),
        name: a.title,
      })),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` (and `>`, `&`) become \u escapes so
 * a headline containing `</script>` or `<!--` cannot end the element early; U+2028/2029 are
 * escaped for old parsers that treat them as line ends. The escapes decode to the same data.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
