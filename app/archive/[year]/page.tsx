import type { Metadata } from 'next';
import { listingMetadata } from '@/app/components/listing-metadata';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { Breadcrumbs } from '@/app/components/breadcrumbs';
import { archiveDate, archiveTrail, monthCounts, yearCounts } from '@/lib/content/archive';
import { archiveUrl } from '@/lib/site/routes';

type Params = Promise<{ year: string }>;

export function generateStaticParams() {
  return yearCounts(loadContent()).map((y) => ({ year: y.year }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return listingMetadata({ title: `${year}年往期`, description: `${year}年各月的往期报纸摘要。`, path: archiveUrl(year) });
}

export default async function YearPage({ params }: { params: Params }) {
  const { year } = await params;
  const months = archiveDate(year) ? monthCounts(loadContent(), year) : [];
  if (months.length === 0) notFound();
  return (
    <div>
      <Breadcrumbs {...archiveTrail(year)} />
      <h1 className="mt-2 font-serif text-3xl font-bold">{year}年</h1>
      <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {months.map((m) => (
          <li key={m.month}>
            <a
              className="block rounded-lg border border-gray-200 p-4 hover:border-brand-600 dark:border-gray-700"
              href={archiveUrl(`${year}-${m.month}`)}
            >
              <span className="font-serif text-xl font-bold">{Number(m.month)}月</span>
              <span className="mt-1 block text-sm text-gray-600 dark:text-gray-400">
                {m.days} 天 · {m.count} 篇
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
