import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { Breadcrumbs } from '@/app/components/breadcrumbs';
import { archiveDate, archiveTrail, daysInMonth } from '@/lib/content/archive';
import { archiveUrl } from '@/lib/site/routes';
import { adjacentMonths, monthCalendar } from '@/lib/content/calendar';
import { MonthCalendar } from '@/app/components/month-calendar';
import { listingMetadata } from '@/app/components/listing-metadata';
import { StepNav } from '@/app/components/step-nav';

type Params = Promise<{ year: string; month: string }>;

// Months are rendered on first request and then cached (ISR), so a decade of archive does not
// lengthen the build.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year, month } = await params;
  const title = `${year}年${Number(month)}月往期`;
  return listingMetadata({ title, description: `${title}：按日历选择日期。`, path: archiveUrl(`${year}-${month}`) });
}

export default async function MonthPage({ params }: { params: Params }) {
  const { year, month } = await params;
  const content = loadContent();
  const days = archiveDate(year, month) ? daysInMonth(content, year, month) : [];
  if (days.length === 0) notFound();
  const { older, newer } = adjacentMonths(content, year, month);
  const step = ([y, m]: [string, string], label: string) => ({
    label,
    href: archiveUrl(`${y}-${m}`),
    title: `${y}年${Number(m)}月`,
  });
  return (
    <div>
      <Breadcrumbs {...archiveTrail(`${year}-${month}`)} />
      <div className="mt-2">
        <MonthCalendar calendar={monthCalendar(content, year, month)} heading="h1" />
      </div>
      <StepNav label="相邻月份" previous={older && step(older, '上个月')} next={newer && step(newer, '下个月')} />
    </div>
  );
}
