import type { Metadata } from 'next';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config';
import { listingMetadata } from './components/listing-metadata';
import { loadContent } from '@/lib/content/load';
import { cityCounts } from '@/lib/content/catalog';
import { latestDate } from '@/lib/content/edition';
import { previousDays } from '@/lib/content/archive';
import { archiveUrl } from '@/lib/site/routes';
import { formatDate } from '@/lib/site/format';
import { CityMap } from './components/city-map';
import { Edition } from './components/edition';
import { PreviousEditions } from './components/previous-editions';

/** The title says what the page is: the digest of which day's paper. */
export function generateMetadata(): Metadata {
  const date = latestDate(loadContent());
  return date
    ? listingMetadata({ title: `${SITE_NAME} · ${formatDate(date)}`, absolute: true, description: SITE_DESCRIPTION, path: '/' })
    : {};
}

// Static: the same page for every reader (a CDN can cache it). Place filters are their own URLs
// under 往期 (/archive/2023/12/28/hangzhou); the old /?city=… links redirect there.
export default function HomePage() {
  const content = loadContent();
  const date = latestDate(content);
  if (!date) return <p>还没有文章。</p>;
  // On a phone the side column comes after every article: a link right under the place filters
  // leads to the map there (one map on the page, not a second copy for phones).
  const toMap = (
    <p className="mt-3 lg:hidden">
      <a href="#city-map" className="inline-block py-2 text-sm font-medium underline underline-offset-4">
        地区分布图 ↓
      </a>
    </p>
  );
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <Edition
        content={content}
        date={date}
        filter={{}}
        allHref="/"
        kicker="最新一期"
        heading={formatDate(date)}
        afterFilters={toMap}
      />
      <aside aria-label="地区分布与往期" className="space-y-8">
        <div id="city-map" className="scroll-mt-4">
          <h2 className="side-heading mb-3">地区分布</h2>
          <CityMap
            tiles={cityCounts(content).map(({ city, count }) => ({ slug: city.slug, name: city.shortName, count }))}
            id="city-map-figure"
          />
        </div>
        <PreviousEditions days={previousDays(content)} />
        <p>
          <a className="underline underline-offset-4" href={archiveUrl()}>
            往期：按日期浏览全部文章 →
          </a>
        </p>
      </aside>
    </div>
  );
}
