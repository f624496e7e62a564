import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { articlesOnDate } from '@/lib/content/catalog';
import { adjacentDays, archiveDate, archiveUrl } from '@/lib/content/archive';
import { formatDate } from '@/lib/site/format';
import { Edition } from '../../../../components/edition';
import { EditionSteps } from '../../../../components/edition-steps';
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
  return (
    <div>
      <div className="mb-3">
        <PlaceBreadcrumbs
          crumbs={[
            { label: '首页', href: '/' },
            { label: '往期', href: archiveUrl() },
            { label: `${year}年`, href: archiveUrl(year) },
            { label: `${Number(month)}月`, href: archiveUrl(`${year}-${month}`) },
            { label: `${Number(day)}日` },
          ]}
          path={archiveUrl(date)}
        />
      </div>
      <Edition
        content={content}
        date={date}
        basePath={archiveUrl(date)}
        params={{ city: first(q.city), district: first(q.district) }}
        heading={formatDate(date)}
      />
      <EditionSteps {...adjacentDays(content, date)} />
    </div>
  );
}
