import Link from 'next/link';
import { archiveUrl, type DayCount } from '@/lib/content/archive';
import { formatDate } from '@/lib/site/format';

const cls =
  'flex flex-col rounded-md border border-gray-300 px-3 py-2 hover:border-brand-600 dark:border-gray-600';

/** 上一期 / 下一期: the neighbouring editions of a 往期 day, each a shareable URL. */
export function EditionSteps({ older, newer }: { older?: DayCount; newer?: DayCount }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label="相邻各期" className="mt-10 flex justify-between gap-3 text-sm">
      {older ? (
        <Link className={cls} rel="prev" href={archiveUrl(older.date)}>
          <span className="text-gray-600 dark:text-gray-400">← 上一期</span>
          <time dateTime={older.date}>{formatDate(older.date)}</time>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link className={`${cls} items-end text-right`} rel="next" href={archiveUrl(newer.date)}>
          <span className="text-gray-600 dark:text-gray-400">下一期 →</span>
          <time dateTime={newer.date}>{formatDate(newer.date)}</time>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
