import { authorIndex } from '@/lib/content/author-index';
import { loadContent } from '@/lib/content/load';
import { authorHref } from '@/lib/site/routes';
import { Breadcrumbs } from '../components/breadcrumbs';
import { listingMetadata } from '../components/listing-metadata';

export const metadata = listingMetadata({
  title: '作者',
  description: '署名作者一览，按姓名拼音首字母排列，标明每位作者的文章数。',
  path: '/authors',
});

export default function AuthorsPage() {
  const content = loadContent();
  const groups = authorIndex(content);
  const count = groups.reduce((n, g) => n + g.authors.length, 0);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '作者' }]} path="/authors" />
      <h1 className="mt-3 font-serif text-3xl font-bold">作者</h1>
      <p className="mt-1 text-sm muted">共 {count} 位署名作者，按姓名拼音首字母排列。</p>
      <nav aria-label="拼音首字母" className="mt-4 flex flex-wrap gap-1 text-sm">
        {groups.map((g) => (
          <a key={g.initial} className="chip" href={`#${g.initial}`}>
            {g.initial}
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.initial} aria-labelledby={g.initial} className="mt-6">
          <h2 id={g.initial} className="font-serif text-xl font-bold">
            {g.initial}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-[15px]">
            {g.authors.map((a) => (
              <li key={a.name}>
                <a className="chip" href={authorHref(a.name)}>
                  {a.name} <span className="tabular-nums muted">{a.count}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
