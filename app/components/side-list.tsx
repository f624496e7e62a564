'use client';

import type { SideItem } from '@/lib/site/card';
import { formatDate } from '@/lib/site/format';
import { articleUrl } from '@/lib/site/routes';

// A client component only so that its items reach the browser as data (lib/site/card.ts).

/** A short list of articles beside the text: title, then place and date. */
export function SideList({ items }: { items: readonly SideItem[] }) {
  return (
    <ul className="divide-y divide-gray-200 dark:divide-gray-700">
      {items.map((item) => (
        <li key={item.slug} className="py-3">
          <a href={articleUrl(item.slug)} className="list-title">
            {item.title}
          </a>
          <p className="muted mt-1 text-xs">
            {`${item.where} · `}
            <time className="whitespace-nowrap" dateTime={item.date}>
              {formatDate(item.date)}
            </time>
          </p>
        </li>
      ))}
    </ul>
  );
}
