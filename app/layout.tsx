import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site/config';
import { fontSizeBootScript } from './font-size-script';
import { SearchBox } from './components/search-box';
import { NavLinks } from './components/nav-links';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s｜${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { canonical: '/', types: { 'application/rss+xml': [{ url: '/feed.xml', title: SITE_NAME }] } },
  openGraph: { siteName: SITE_NAME, locale: 'zh_CN', type: 'website' },
  formatDetection: { telephone: false },
};

// Every page revalidates after five minutes: what a CDN may keep before it asks again, so a
// corrected article reaches readers within minutes of being deployed.
export const revalidate = 300;

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111827' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: fontSizeBootScript }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased dark:bg-gray-900 dark:text-gray-100">
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <header role="banner" className="border-b-2 border-brand-600 bg-white dark:bg-gray-900">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="site-title">
              {SITE_NAME}
            </Link>
            <nav aria-label="主导航" className="text-[15px]">
              <NavLinks />
            </nav>
            <div className="w-full sm:ml-auto sm:w-auto">
              <SearchBox />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 pb-16 pt-6">
          {children}
        </main>
        <footer role="contentinfo" className="site-footer">
          <div className="mx-auto max-w-5xl space-y-1 px-4">
            <p>{SITE_NAME}：文章选自浙江地方报纸，经编辑整理；数字化校对与更正均在文末注明。</p>
            <p>
              <Link className="inline-block py-2 underline" href="/feeds">
                RSS 订阅
              </Link>
              <span aria-hidden="true"> · </span>
              <Link className="inline-block py-2 underline" href="/sitemap.xml">
                网站地图
              </Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
