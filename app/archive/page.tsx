import type { Metadata } from 'next';
import Link from 'next/link';
import { loadContent } from '@/lib/content/load';
import { archiveUrl, yearCounts } from '@/lib/content/archive';

export const metadata: Metadata = {
  title: '往期',
  description: '按年、月、日浏览全部往期文章。',
  alternates: { canonical: '/archive' },
};

export default function ArchivePage() {
  const years = yearCounts(loadContent());
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">往期</h1>
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {years.map((y) => (
          <li key={y.year}>
            <Link className="block rounded-lg border border-gray-200 p-4 hover:border-brand-600 dark:border-gray-700" href={archiveUrl(y.year)}>
              <span className="font-serif text-xl font-bold">{y.year}年</span>
              <span className="mt-1 block text-sm text-gray-600 dark:text-gray-400">{y.months} 个月 · {y.count} 篇</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
