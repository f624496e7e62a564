import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { PlaceBreadcrumbs } from '@/app/components/place-breadcrumbs';
import { archiveDate, archiveTrail, archiveUrl, daysInMonth } from '@/lib/content/archive';

type Params = Promise<{ year: string; month: string }>;

// Months are rendered on first request and then cached (ISR), so a decade of archive does not
// lengthen the build.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year, month } = await params;
  return { title: `${year}年${Number(month)}月往期`, alternates: { canonical: archiveUrl(`${year}-${month}`) } };
}

export default async function MonthPage({ params }: { params: Params }) {
  const { year, month } = await params;
  const days = archiveDate(year, month) ? daysInMonth(loadContent(), year, month) : [];
  if (days.length === 0) notFound();
  return (
    <div>
      <PlaceBreadcrumbs {...archiveTrail(`${year}-${month}`)} />
      <h1 className="mt-2 font-serif text-3xl font-bold">{year}年{Number(month)}月</h1>
      <ul className="mt-6 grid grid-cols-3 gap-3 sm:grid-cols-6">
        {days.map((d) => (
          <li key={d.date}>
            <Link className="block rounded-lg border border-gray-200 p-3 text-center hover:border-brand-600 dark:border-gray-700" href={archiveUrl(d.date)}>
              <span className="font-serif text-xl font-bold">{Number(d.day)}日</span>
              <span className="block text-sm text-gray-600 dark:text-gray-400">{d.count} 篇</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
