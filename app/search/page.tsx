import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadContent } from '@/lib/content/load';
import { parsePageParam } from '@/lib/content/paginate';
import { searchIndexFor } from '@/lib/search/content-index';
import { search } from '@/lib/search/index';
import { clipEcho } from '@/lib/site/format';
import { resolvePlaceFilter } from '@/lib/places/gazetteer';
import { quotedQuery } from '@/lib/site/search-display';
import { eachWordAlone } from '@/lib/site/search-widening';
import { Pagination } from '../components/pagination';
import { SearchBox } from '../components/search-box';
import { first, type SearchParams } from '../search-params';
import { searchHref } from '@/lib/site/routes';
import { SearchFacets } from './search-facets';
import { NoResults, ResultList } from './search-results';
import { DroppedPlaceNote, EngineNote, SearchStatus } from './search-status';
import { SearchTips } from './search-tips';

const PAGE_SIZE = 10;
/** The engine reads 200 characters of a query (and says so when it cuts): no more is echoed back. */
const ECHO_MAX = 200;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = clipEcho(first((await searchParams).q) ?? '', 40).trim();
  return {
    title: q ? `${quotedQuery(q)}的搜索结果` : '搜索',
    robots: { index: false, follow: true },
    alternates: { canonical: '/search' },
  };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // What the reader typed is echoed in the box and the headings: no control characters, and no
  // more than the engine reads (it says so when it cuts a query).
  const q = clipEcho(first(params.q) ?? '', ECHO_MAX);
  // A district without its city finds its city; an unknown place is dropped with a note, not
  // echoed and not turned into an empty result.
  const place = resolvePlaceFilter({ city: first(params.city) || undefined, district: first(params.district) || undefined });
  const city = place.city?.slug;
  const district = place.district?.slug;
  const placeLabel = place.city ? `${place.city.name}${place.district?.name ?? ''}` : undefined;
  const page = parsePageParam(params.page);
  if (page === null) notFound();

  const content = loadContent();
  const index = searchIndexFor(content);
  const hasQuery = q.trim() !== '' || city !== undefined;
  const result = hasQuery ? search(index, { q, city, district, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }) : undefined;
  const pageCount = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  // An empty result has one page (its advice); no query has one (the tips).
  if (page > pageCount) notFound();
  const base = { q, city, district };

  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">搜索</h1>
      <div className="mt-4">
        <SearchBox id="search-page-q" label="搜索文章" defaultValue={q} keep={{ city, district }} />
      </div>

      {!result && <SearchTips />}

      {result && (
        <>
          <DroppedPlaceNote dropped={place.dropped} placeLabel={placeLabel} />
          <EngineNote message={result.message} />
          <SearchStatus result={result} q={q} placeLabel={placeLabel} page={page} pageCount={pageCount} pageSize={PAGE_SIZE} />
          <SearchFacets facets={result.facets} q={q} city={city} district={district} />
          {result.total === 0 && (
            <NoResults
              terms={result.terms}
              q={q}
              city={city}
              district={district}
              alone={eachWordAlone(index, result, { city, district })}
            />
          )}
          <ResultList content={content} hits={result.hits} start={(page - 1) * PAGE_SIZE + 1} />
          <Pagination page={page} pageCount={pageCount} href={(n) => searchHref({ ...base, page: n })} />
        </>
      )}
    </div>
  );
}
