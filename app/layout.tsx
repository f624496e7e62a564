import type { Metadata, Viewport } from 'next';
import './globals.css';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site/config';
import { FontSizeBoot } from './components/font-size-boot';
import { SiteFooter, SiteHeader } from './components/site-chrome';

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
        <FontSizeBoot />
      </head>
      <body className="site-body">
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader siteName={SITE_NAME} />
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter siteName={SITE_NAME} />
      </body>
    </html>
  );
}
