import type { Metadata } from 'next';
import Link from 'next/link';
import { cityCounts } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { cityUrl } from '@/lib/site/routes';
import { PlaceChips } from './components/place-chips';
import { SearchBox } from './components/search-box';

export const metadata: Metadata = { title: '页面不存在' };

// Rendered for every 404 (unmatched URLs and notFound()); it stays a Server Component with no
// client code, because Next ships the root not-found with every route.
export default function NotFound() {
  const busiest = cityCounts(loadContent())
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 6);
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-medium tabular-nums text-brand-700 dark:text-brand-100">404</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">页面不存在</h1>
      <p className="mt-3 text-gray-700 dark:text-gray-300">
        这个网址没有对应的页面：可能输入有误，或者链接已经失效。可以搜索文章，或者从下面的入口继续浏览。
      </p>
      <div className="mt-6 max-w-md">
        <SearchBox id="not-found-search" label="在本站搜索" />
      </div>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <li><Link className="text-brand-700 underline underline-offset-4 dark:text-brand-100" href="/">返回首页，看最新一期</Link></li>
        <li><Link className="text-brand-700 underline underline-offset-4 dark:text-brand-100" href="/cities">按地区浏览</Link></li>
      </ul>
      {busiest.length > 0 && (
        <section aria-labelledby="nf-cities" className="mt-8">
          <h2 id="nf-cities" className="mb-2 text-sm font-medium text-gray-700 dark:text-gray-300">文章较多的城市</h2>
          <PlaceChips
            label="文章较多的城市"
            chips={busiest.map(({ city, count }) => ({ key: city.slug, label: city.name, href: cityUrl(city.slug), count }))}
          />
        </section>
      )}
    </div>
  );
}
