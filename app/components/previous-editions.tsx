import { type DayCount } from '@/lib/content/archive';
import { archiveUrl } from '@/lib/site/routes';
import { formatDate } from '@/lib/site/format';

/** The editions before the latest one, each a link to its day in 往期; nothing for a one-day archive. */
export function PreviousEditions({ days }: { days: readonly DayCount[] }) {
  if (days.length === 0) return null;
  return (
    <section aria-labelledby="previous-heading">
      <h2 id="previous-heading" className="side-heading mb-2">
        近期各期
      </h2>
      <ul className="divide-y divide-gray-200 text-sm dark:divide-gray-700">
        {days.map((d) => (
          <li key={d.date}>
            <a
              className="flex justify-between gap-3 py-2 hover:text-brand-700 dark:hover:text-brand-100"
              href={archiveUrl(d.date)}
            >
              <time dateTime={d.date}>{formatDate(d.date)}</time>
              <span className="tabular-nums text-gray-600 dark:text-gray-400">{d.count} 篇</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
