import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageParam } from '@/lib/content/paginate';

/**
 * The N of a `<base>/page/N` route. Page 1 lives at the base path only: the page redirects /page/1
 * there (`basePath` is asked only then; metadata passes none, or Next sends Location twice);
 * /page/0 and /page/abc are 404s; past-the-end pages are the view's.
 */
function laterPageNumber(segment: string, basePath?: () => string): number {
  const page = parsePageParam(segment);
  if (page === 1 && basePath) permanentRedirect(basePath());
  if (page === 1) return 1;
  if (page === null || page < 2) notFound();
  return page;
}

export { LIST_PAGE_SIZE, laterPages } from '@/lib/content/paginate';
export { pagePath } from '@/lib/site/routes';

/**
 * The two exports every `…/page/[n]` route needs, from what differs between them: the list's own
 * path (where /page/1 redirects), its metadata and its view for page N.
 */
export function pagedRoute<P extends Record<string, string>>(route: {
  basePath: (params: P) => string;
  metadata: (params: P, page: number) => Promise<Metadata> | Metadata;
  view: (params: P, page: number) => ReactNode;
}) {
  type Props = { params: Promise<P & { n: string }> };
  return {
    // Metadata only reads the number: a redirect from both would send Location twice.
    generateMetadata: async ({ params }: Props) => {
      const p = await params;
      return route.metadata(p, laterPageNumber(p.n));
    },
    Page: async ({ params }: Props) => {
      const p = await params;
      return route.view(
        p,
        laterPageNumber(p.n, () => route.basePath(p)),
      );
    },
  };
}
