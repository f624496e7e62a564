'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NavLinks } from './nav-links';
import { SearchBox } from './search-box';

// The frame of every page: header, footer and the 404 message (Next embeds the root not-found in
// every page's RSC data). Client components with nothing but a name as props, so their markup
// reaches the browser once, in a cached script, instead of in every page's RSC data; they render
// the same HTML on the server and have no state of their own.
//
// Their links navigate in place but never prefetch: every page would otherwise fetch and parse the
// four sections' data as soon as it loads (about 20 KB and, on a throttled phone, most of the main
// thread's work after load: Lighthouse, bench:pages), for links a reader seldom follows.

export function SiteHeader({ siteName }: { siteName: string }) {
  // The search page has its own box, holding the query, right under its heading: a second, empty
  // one in the header would only ask the reader which to use.
  const searchPage = usePathname() === '/search';
  return (
    <header role="banner" className="site-header">
      <div className="site-header-bar">
        <Link href="/" prefetch={false} className="site-title">
          {siteName}
        </Link>
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
          <Link className="footer-link" href="/feeds" prefetch={false}>
            RSS 订阅
          </Link>
          <span aria-hidden="true"> · </span>
          {/* A file, not a page: an ordinary link. */}
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
