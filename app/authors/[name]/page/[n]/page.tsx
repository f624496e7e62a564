import { authorUrl } from '@/lib/site/routes';
import { articlesByAuthor, authors } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { laterPages, pagedRoute } from '@/app/components/list-pages';
import { AuthorView, authorMetadata, resolveAuthor } from '../../author-view';

// The first pages are generated at build time; later ones on first request, then cached.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return authors(content).flatMap((name) =>
    laterPages(articlesByAuthor(content, name).length).map((n) => ({ name, n: String(n) })),
  );
}

const route = pagedRoute<{ name: string }>({
  basePath: ({ name }) => authorUrl(resolveAuthor(name).name),
  metadata: ({ name }, n) => authorMetadata(name, n),
  view: ({ name }, n) => <AuthorView segment={name} n={n} />,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
