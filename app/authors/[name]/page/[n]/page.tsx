import { authorUrl } from '@/lib/site/routes';
import { articlesByAuthor, authors } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { laterPageNumber, laterPages } from '@/app/components/list-pages';
import { AuthorView, authorMetadata, resolveAuthor } from '../../author-view';

type Params = Promise<{ name: string; n: string }>;

// The first pages are generated at build time; later ones on first request, then cached.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return authors(content).flatMap((name) =>
    laterPages(articlesByAuthor(content, name).length).map((n) => ({ name, n: String(n) })),
  );
}

/** `page`: the page component, which redirects /page/1; metadata only reads the number. */
async function resolve(params: Params, from: 'page' | 'metadata' = 'page') {
  const { name, n } = await params;
  return { name, page: laterPageNumber(n, from === 'page' ? () => authorUrl(resolveAuthor(name).name) : undefined) };
}

export async function generateMetadata({ params }: { params: Params }) {
  const { name, page } = await resolve(params, 'metadata');
  return authorMetadata(name, page);
}

export default async function AuthorPagedPage({ params }: { params: Params }) {
  const { name, page } = await resolve(params);
  return <AuthorView segment={name} n={page} />;
}
