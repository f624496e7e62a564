import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { articlesOnDate } from '@/lib/content/catalog';
import { archiveDate, archiveUrl } from '@/lib/content/archive';
import { formatDate } from '@/lib/site/format';
import { Edition } from '../../../../components/edition';
import { first, type SearchParams } from '../../../../search-params';

type Params = Promise<{ year: string; month: string; day: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year, month, day } = await params;
  const date = archiveDate(year, month, day);
  return date ? { title: `${formatDate(date)}`, alternates: { canonical: archiveUrl(date) } } : {};
}

export default async function DayPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year, month, day } = await params;
  const date = archiveDate(year, month, day);
  const content = loadContent();
  if (!date || articlesOnDate(content, date).length === 0) notFound();
  const q = await searchParams;
  return (
    <div>
      <nav aria-label="面包屑" className="mb-3 text-sm text-gray-600 dark:text-gray-400">
        <Link className="underline" href={archiveUrl()}>往期</Link> ›{' '}
        <Link className="underline" href={archiveUrl(year)}>{year}年</Link> ›{' '}
        <Link className="underline" href={archiveUrl(`${year}-${month}`)}>{Number(month)}月</Link> › {Number(day)}日
      </nav>
      <Edition
        content={content}
        date={date}
        basePath={archiveUrl(date)}
        params={{ city: first(q.city), district: first(q.district) }}
        heading={formatDate(date)}
      />
    </div>
  );
}
