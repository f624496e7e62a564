import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: '浙江新闻摘要', description: '浙江地方报纸文章摘要' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="mx-auto max-w-3xl px-4 py-8 text-gray-900">
        <header className="mb-3 border-b border-gray-200 py-3">
          <a href="/" className="text-2xl font-bold">
            浙江新闻摘要
          </a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
