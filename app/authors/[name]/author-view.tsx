import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesByAuthor } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { paginate } from '@/lib/content/paginate';
import type { Article } from '@/lib/content/schema';
import { SITE_NAME } from '@/lib/site/config';
import { placeName } from '@/lib/site/format';
import { authorUrl, placeUrl } from '@/lib/site/routes';
import { Listing } from '@/app/components/listing';
import { listingMetadata } from '@/app/components/listing-metadata';
import { LIST_PAGE_SIZE, pagePath } from '@/app/components/list-pages';

// Shared by /authors/[name] and /authors/[name]/page/[n].

/**
 * The segment may arrive still percent-encoded (%E5%91%A8%E9%9D%99) or already decoded (周静),
 * depending on how the page was reached. A malformed sequence (%E5%91) is an unknown author: a
 * 404 (null here), never a URIError and a 500.
 */
export function authorName(segment: string): string | null {
  const content = loadContent();
  if (articlesByAuthor(content, segment).length > 0) return segment;
  if (!segment.includes('%')) return null;
  try {
    const name = decodeURIComponent(segment);
    return articlesByAuthor(content, name).length > 0 ? name : null;
  } catch {
    return null;
  }
}

export function resolveAuthor(segment: string): { name: string; articles: Article[] } {
  const name = authorName(segment);
  if (name === null) notFound();
  return { name, articles: articlesByAuthor(loadContent(), name) };
}

function authorPage(segment: string, n: number) {
  const { name, articles } = resolveAuthor(segment);
  const page = paginate(articles, n, LIST_PAGE_SIZE);
  if (!page) notFound();
  return { name, articles, page };
}

export function authorMetadata(segment: string, n: number): Metadata {
  const { name, page } = authorPage(segment, n);
  return listingMetadata({
    title: n > 1 ? `${name}的文章（第${n}页）` : `${name}的文章`,
    description: `${SITE_NAME}收录的${name}署名文章，共 ${page.total} 篇，最新一篇：《${page.items[0]?.title ?? ''}》。`,
    path: pagePath(authorUrl(name), n),
  });
}

/** Where an author reports from, most frequent first: a hint of their beat. */
function beat(articles: readonly Article[]) {
  const counts = new Map<string, { label: string; href: string; count: number }>();
  for (const a of articles) {
    for (const p of a.locations) {
      const entry = counts.get(p.code) ?? { label: placeName(p), href: placeUrl(p), count: 0 };
      entry.count++;
      counts.set(p.code, entry);
    }
  }
  return [...counts.entries()].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.count - a.count);
}

export function AuthorView({ segment, n }: { segment: string; n: number }) {
  const { name, articles, page } = authorPage(segment, n);
  return (
    <Listing
      crumbs={[{ label: '首页', href: '/' }, { label: '作者', href: '/authors' }, { label: name }]}
      title={name}
      page={page}
      basePath={authorUrl(name)}
      chips={{ heading: '报道地区', label: `${name}报道的地区`, items: beat(articles) }}
      empty={null}
    />
  );
}
