'use client';

import { usePathname } from 'next/navigation';
import { NavLinks } from './nav-links';
import { SearchBox } from './search-box';

// The frame of every page: header, footer and the 404 message (Next embeds the root not-found in
// every page's RSC data). Client components with nothing but a name as props, so their markup
// reaches the browser once, in a cached script, instead of in every page's RSC data; they render
// the same HTML on the server and have no state of their own.
//
// Their links are plain <a>, like every other link on the site: next/link would add its code to
// every page's scripts (about 3 KB gzip) and its hooks to every hydration, and with prefetching on
// it fetched the four sections' data as soon as a page loaded, for links a reader seldom follows.
// Pages are static and cached: a full load of the next one costs little.

export function SiteHeader({ siteName }: { siteName: string }) {
  // The search page has its own box, holding the query, right under its heading: a second, empty
  // one in the header would only ask the reader which to use.
  const searchPage = usePathname() === '/search';
  return (
    <header role="banner" className="site-header">
      <div className="site-header-bar">
        <a href="/" className="site-title">
          {siteName}
        </a>
        <nav aria-label="主导航" className="text-[15px]">
          <NavLinks />
        </nav>
        {!searchPage && (
          <div className="site-header-search">
            <SearchBox />
          </div>
        )}
      </div>
    </header>
  );
}

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer role="contentinfo" className="site-footer">
      <div className="site-footer-bar">
        <p>{`${siteName}：文章选自浙江地方报纸，经编辑整理；数字化校对与更正均在文末注明。`}</p>
        <p>
          <a className="footer-link" href="/feeds">
            RSS 订阅
          </a>
          <span aria-hidden="true"> · </span>
          <a className="footer-link" href="/sitemap.xml">
            网站地图
          </a>
        </p>
      </div>
    </footer>
  );
}

const links = [
  { href: '/', label: '返回首页，看最新一期' },
  { href: '/cities', label: '按地区浏览' },
  { href: '/archive', label: '往期' },
  { href: '/search', label: '搜索文章' },
];

/** Every 404: a few lines of static markup (the header's search box is right above). */
export function NotFoundBody() {
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
