import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageParam } from '@/lib/content/paginate';

/**
 * The N of a `<base>/page/N` route. Page 1 lives at the base path only: the page redirects /page/1
 * there (`basePath` is asked only then; metadata passes none, or Next sends Location twice);
 * /page/0 and /page/abc are 404s; past-the-end pages are the view's.
 */
export function laterPageNumber(segment: string, basePath?: () => string): number {
  const page = parsePageParam(segment);
  if (page === 1 && basePath) permanentRedirect(basePath());
  if (page === 1) return 1;
  if (page === null || page < 2) notFound();
  return page;
}

export { LIST_PAGE_SIZE, laterPages } from '@/lib/content/paginate';
export { pagePath } from '@/lib/site/routes';
