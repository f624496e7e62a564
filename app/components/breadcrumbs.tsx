import { breadcrumbList, serializeJsonLd } from '@/lib/seo/json-ld';
import { SITE_NAME } from '@/lib/site/config';

export type Crumb = { label: string; href?: string };

/**
 * 首页 › 地区 › 杭州市; the last crumb is the current page (at `path`) and is not a link. The same
 * trail goes to search engines as a BreadcrumbList, leaving out crumbs that have no page of their own.
 */
export function Breadcrumbs({ crumbs, path }: { crumbs: readonly Crumb[]; path: string }) {
  const trail = crumbs.flatMap((c, i) => {
    const at = i === crumbs.length - 1 ? path : c.href;
    return at ? [{ name: at === '/' ? SITE_NAME : c.label, path: at }] : [];
  });
  return (
    <>
      <nav aria-label="位置" className="text-sm text-gray-600 dark:text-gray-400">
        <ol className="flex flex-wrap items-center gap-x-1.5">
          {crumbs.map((c, i) => (
            <li key={`${i}-${c.label}`} className="flex items-center gap-x-1.5">
              {i > 0 && <span aria-hidden="true">›</span>}
              {c.href ? (
                <a className="hover:text-brand-700 hover:underline dark:hover:text-brand-100" href={c.href}>
                  {c.label}
                </a>
              ) : (
                <span aria-current="page">{c.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd({ '@context': 'https://schema.org', ...breadcrumbList(trail) }) }}
      />
    </>
  );
}
