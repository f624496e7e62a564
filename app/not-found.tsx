import type { Metadata } from 'next';

export const metadata: Metadata = { title: '页面不存在' };

const links = [
  { href: '/', label: '返回首页，看最新一期' },
  { href: '/cities', label: '按地区浏览' },
  { href: '/archive', label: '往期' },
  { href: '/search', label: '搜索文章' },
];

// Rendered for every 404 and, because Next embeds the root not-found in every page's data, sent
// with every page: kept to a few lines of static markup (the header's search box is right above).
export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-medium tabular-nums text-brand-700 dark:text-brand-100">404</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">页面不存在</h1>
      <p className="mt-3 text-gray-700 dark:text-gray-300">
        这个网址没有对应的页面：可能输入有误，或者链接已经失效。可以用上方的搜索框找文章，或者从下面的入口继续浏览。
      </p>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <a className="text-link" href={l.href}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
