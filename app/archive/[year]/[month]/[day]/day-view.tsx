import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesOnDate } from '@/lib/content/catalog';
import { adjacentDays, archiveDate, archiveTrail, dayCounts } from '@/lib/content/archive';
import { loadContent } from '@/lib/content/load';
import { matchesPlace, placeCounts } from '@/lib/content/edition';
import { cityBySlug, districtBySlug } from '@/lib/places/gazetteer';
import { formatDate } from '@/lib/site/format';
import { editionUrl } from '@/lib/site/routes';
import { Edition, type EditionFilter } from '../../../../components/edition';
import { PlaceBreadcrumbs } from '../../../../components/place-breadcrumbs';
import { StepNav } from '../../../../components/step-nav';

/** Route segments of a 往期 day page, optionally filtered to a city or a district. */
export type DayParams = { year: string; month: string; day: string; city?: string; district?: string };

/** How many of the newest editions (and their place filters) are rendered at build time. */
const PRERENDERED_DAYS = 7;

/**
 * The day and place a URL names, or a 404 when the day has no paper or no article from that place:
 * only the filters the day's chips link to exist.
 */
function resolveDay(params: DayParams) {
  const content = loadContent();
  const date = archiveDate(params.year, params.month, params.day);
  const edition = date ? articlesOnDate(content, date) : [];
  if (!date || edition.length === 0) notFound();
  const city = params.city === undefined ? undefined : cityBySlug(params.city);
  const district = city && params.district !== undefined ? districtBySlug(city.slug, params.district)?.district : undefined;
  if ((params.city !== undefined && !city) || (params.district !== undefined && !district)) notFound();
  if (city && !edition.some((a) => matchesPlace(a, { citySlug: city.slug, districtSlug: district?.slug }))) notFound();
  return { content, date, filter: { city, district } satisfies EditionFilter };
}

/** The newest editions, each with the places it has articles from: build-time params for the day routes. */
export function recentDayParams(level: 'day' | 'city' | 'district'): DayParams[] {
  const content = loadContent();
  return dayCounts(content).slice(0, PRERENDERED_DAYS).flatMap(({ date }) => {
    const [year, month, day] = date.split('-');
    const counts = placeCounts(articlesOnDate(content, date));
    if (level === 'day') return [{ year, month, day }];
    if (level === 'city') return counts.cities.map((c) => ({ year, month, day, city: c.slug }));
    return counts.districts.map((d) => ({ year, month, day, city: d.citySlug, district: d.slug }));
  });
}

export async function dayMetadata(params: Promise<DayParams>): Promise<Metadata> {
  const { date, filter } = resolveDay(await params);
  const place = [filter.city?.name, filter.district?.name].filter(Boolean).join('');
  return {
    title: place ? `${formatDate(date)} · ${place}` : formatDate(date),
    alternates: { canonical: editionUrl(date, filter.city?.slug, filter.district?.slug) },
  };
}

export async function DayView({ params }: { params: Promise<DayParams> }) {
  const { content, date, filter } = resolveDay(await params);
  const { older, newer } = adjacentDays(content, date);
  return (
    <div>
      <div className="mb-3">
        <PlaceBreadcrumbs {...archiveTrail(date)} />
      </div>
      <Edition content={content} date={date} filter={filter} heading={formatDate(date)} allHref={editionUrl(date)} />
      <StepNav
        label="相邻各期"
        previous={older && { label: '上一期', href: editionUrl(older.date), title: <time dateTime={older.date}>{formatDate(older.date)}</time> }}
        next={newer && { label: '下一期', href: editionUrl(newer.date), title: <time dateTime={newer.date}>{formatDate(newer.date)}</time> }}
      />
    </div>
  );
}
