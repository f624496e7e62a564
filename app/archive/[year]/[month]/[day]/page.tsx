import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { articlesOnDate } from '@/lib/content/catalog';
import { adjacentDays, archiveDate, archiveTrail, archiveUrl } from '@/lib/content/archive';
import { formatDate } from '@/lib/site/format';
import { Edition } from '../../../../components/edition';
import { StepNav } from '../../../../components/step-nav';
import { PlaceBreadcrumbs } from '../../../../components/place-breadcrumbs';
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
  const { older, newer } = adjacentDays(content, date);
  return (
    <div>
      <div className="mb-3">
        <PlaceBreadcrumbs {...archiveTrail(date)} />
      </div>
      <Edition
        content={content}
        date={date}
        basePath={archiveUrl(date)}
        params={{ city: first(q.city), district: first(q.district) }}
        heading={formatDate(date)}
      />
      <StepNav
        label="相邻各期"
        previous={older && { label: '上一期', href: archiveUrl(older.date), title: <time dateTime={older.date}>{formatDate(older.date)}</time> }}
        next={newer && { label: '下一期', href: archiveUrl(newer.date), title: <time dateTime={newer.date}>{formatDate(newer.date)}</time> }}
      />
    </div>
  );
}
