import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesOnDate } from '@/lib/content/catalog';
import { adjacentDays, archiveTrail, dayCounts } from '@/lib/content/archive';
import { loadContent } from '@/lib/content/load';
import { placeCounts } from '@/lib/content/edition';
import { printedPages } from '@/lib/content/printed-pages';
import { formatDate, pageLabel } from '@/lib/site/format';
import { editionUrl } from '@/lib/site/routes';
import { Edition } from '../../../../components/edition';
import { Breadcrumbs } from '../../../../components/breadcrumbs';
import { listingMetadata } from '../../../../components/listing-metadata';
import { StepNav } from '../../../../components/step-nav';
import { parseDayRoute, type DayParams, type DayRoute } from './day-route';
import { PrintedPageView, printedPageMetadata } from './printed-page-view';

export type { DayParams } from './day-route';

/** How many of the newest editions (and their place filters and pages) are rendered at build time. */
const PRERENDERED_DAYS = 7;

function resolveDay(params: DayParams): DayRoute {
  const route = parseDayRoute(params);
  if (!route) notFound();
  return route;
}

/** The newest editions with the places and printed pages they have: build-time params for the day routes. */
export function recentDayParams(level: 'day' | 'city' | 'district'): DayParams[] {
  const content = loadContent();
  return dayCounts(content)
    .slice(0, PRERENDERED_DAYS)
    .flatMap(({ date }) => {
      const [year, month, day] = date.split('-');
      const counts = placeCounts(articlesOnDate(content, date));
      if (level === 'day') return [{ year, month, day }];
      if (level === 'city') {
        const pages = printedPages(content, date).map((p) => ({ year, month, day, city: String(p.page) }));
        return [...counts.cities.map((c) => ({ year, month, day, city: c.slug })), ...pages];
      }
      return counts.districts.map((d) => ({ year, month, day, city: d.citySlug, district: d.slug }));
    });
}

export async function dayMetadata(params: Promise<DayParams>): Promise<Metadata> {
  const route = resolveDay(await params);
  if (route.page !== undefined) return printedPageMetadata(route.date, route.page);
  const { date, filter } = route;
  const place = [filter.city?.name, filter.district?.name].filter(Boolean).join('');
  const content = loadContent();
  const pages = printedPages(content, date);
  const paper = pages[0] ? `${pages[0].publication} ${formatDate(date)}` : formatDate(date);
  const count = articlesOnDate(content, date).length;
  return listingMetadata({
    title: place ? `${paper} · ${place}` : paper,
    description: `${paper}${pages.map(pageLabel).join('、')}，共 ${count} 篇${place ? `，本页只列${place}的文章` : ''}。`,
    path: editionUrl(date, filter.city?.slug, filter.district?.slug),
  });
}

export async function DayView({ params }: { params: Promise<DayParams> }) {
  const route = resolveDay(await params);
  if (route.page !== undefined) return <PrintedPageView date={route.date} page={route.page} />;
  const { date, filter } = route;
  const content = loadContent();
  const { older, newer } = adjacentDays(content, date);
  // The reading width of the other listings (max-w-3xl): full width, a summary ran to 60 characters a line.
  return (
    <div className="max-w-3xl">
      <div className="mb-3">
        <Breadcrumbs {...archiveTrail(date)} />
      </div>
      <Edition content={content} date={date} filter={filter} heading={formatDate(date)} allHref={editionUrl(date)} />
      <StepNav
        label="相邻各期"
        previous={
          older && {
            label: '上一期',
            href: editionUrl(older.date),
            title: <time dateTime={older.date}>{formatDate(older.date)}</time>,
          }
        }
        next={
          newer && {
            label: '下一期',
            href: editionUrl(newer.date),
            title: <time dateTime={newer.date}>{formatDate(newer.date)}</time>,
          }
        }
      />
    </div>
  );
}
