import Link from 'next/link';
import { loadContent } from '@/lib/content/load';
import { cityCounts } from '@/lib/content/catalog';
import { latestDate } from '@/lib/content/edition';
import { archiveUrl, previousDays } from '@/lib/content/archive';
import { formatDate } from '@/lib/site/format';
import { CityMap } from './components/city-map';
import { Edition } from './components/edition';
import { PreviousEditions } from './components/previous-editions';

// Static: the same page for every reader (a CDN can cache it). Place filters are their own URLs
// under 往期 (/archive/2023/12/28/hangzhou); the old /?city=… links redirect there.
export default function HomePage() {
  const content = loadContent();
  const date = latestDate(content);
  if (!date) return <p>还没有文章。</p>;
  const counts = cityCounts(content);
  // On a phone the side column comes after every article: the map is offered, folded, right under
  // the place filters there instead, and shown in the side column from lg up.
  const phoneMap = (
    <details className="mt-4 lg:hidden">
      <summary className="inline-block cursor-pointer py-2 text-sm font-medium">地区分布图</summary>
      <CityMap counts={counts} id="city-map-phone" />
    </details>
  );
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <Edition content={content} date={date} filter={{}} allHref="/" heading={`${formatDate(date)} 摘要`} afterFilters={phoneMap} />
      <aside aria-label="地区分布与往期" className="space-y-8">
        <div className="hidden lg:block">
          <h2 className="mb-3 font-serif text-lg font-bold">地区分布</h2>
          <CityMap counts={counts} id="city-map" />
        </div>
        <PreviousEditions days={previousDays(content)} />
        <p>
          <Link className="underline underline-offset-4" href={archiveUrl()}>往期：按日期浏览全部文章 →</Link>
        </p>
      </aside>
    </div>
  );
}
