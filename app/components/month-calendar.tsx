import type { MonthCalendar as Calendar } from '@/lib/content/calendar';
import { archiveUrl } from '@/lib/site/routes';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/**
 * A month as a calendar: every day that has a paper is a link to it, so a day of 往期 is one
 * tap away. Days without a paper are shown but not linked.
 */
export function MonthCalendar({ calendar, heading = 'h2' }: { calendar: Calendar; heading?: 'h1' | 'h2' }) {
  const Heading = heading;
  const title = `${calendar.year}年${Number(calendar.month)}月`;
  return (
    <section aria-label={title} className="max-w-sm">
      <Heading className={heading === 'h1' ? 'font-serif text-3xl font-bold' : 'font-serif text-xl font-bold'}>
        {heading === 'h1' ? (
          title
        ) : (
          <a className="hover-brand" href={archiveUrl(`${calendar.year}-${calendar.month}`)}>
            {title}
          </a>
        )}
      </Heading>
      <table className="mt-3 w-full table-fixed border-collapse text-center text-sm">
        <thead>
          <tr className="muted">
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="pb-1 font-normal">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.weeks.map((week, i) => (
            <tr key={i}>
              {week.map((d, j) => (
                <td key={j} className="p-0.5">
                  {d &&
                    (d.count > 0 ? (
                      <a
                        href={archiveUrl(d.date)}
                        className="chip-on block rounded-md px-0 py-2 font-bold"
                        aria-label={`${Number(calendar.month)}月${d.day}日，${d.count} 篇`}
                      >
                        {d.day}
                      </a>
                    ) : (
                      <span className="muted block py-2">{d.day}</span>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
