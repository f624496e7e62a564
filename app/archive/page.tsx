import { loadContent } from '@/lib/content/load';
import { yearCounts } from '@/lib/content/archive';
import { archiveUrl } from '@/lib/site/routes';
import { editionMonths, monthCalendar } from '@/lib/content/calendar';
import { archiveCardText } from '@/lib/share/listing-card';
import { listingMetadata } from '../components/listing-metadata';
import { MonthCalendar } from '../components/month-calendar';

export function generateMetadata() {
  const text = archiveCardText(loadContent());
  return listingMetadata({ title: '往期', description: `按日期浏览全部往期文章：${text.subtitle}。`, path: '/archive' });
}

/** 往期: the newest month as a calendar (each day with a paper one tap away), then every year. */
export default function ArchivePage() {
  const content = loadContent();
  const years = yearCounts(content);
  const latest = editionMonths(content)[0];
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">往期</h1>
      {latest && (
        <div className="mt-6">
          <MonthCalendar calendar={monthCalendar(content, ...latest)} />
        </div>
      )}
      <h2 className="mt-10 font-serif text-xl font-bold">按年份</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {years.map((y) => (
          <li key={y.year}>
            <a
              className="block rounded-lg border border-gray-200 p-4 hover:border-brand-600 dark:border-gray-700"
              href={archiveUrl(y.year)}
            >
              <span className="font-serif text-xl font-bold">{y.year}年</span>
              <span className="mt-1 block text-sm text-gray-600 dark:text-gray-400">
                {y.months} 个月 · {y.count} 篇
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
