import type { SearchResult } from '@/lib/search/index';
import { pinyinPlaces } from '@/lib/places/pinyin';
import { facetOvercount, quotedQuery } from '@/lib/site/search-display';

const NOTE = 'mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100';

/** An unknown place in the URL: which one was ignored, and what the search is filtered by instead. */
export function DroppedPlaceNote({ dropped, placeLabel }: { dropped: readonly ('city' | 'district')[]; placeLabel?: string }) {
  if (dropped.length === 0) return null;
  return (
    <p role="note" className={NOTE}>
      网址中的{dropped.map((k) => (k === 'city' ? '城市' : '区县')).join('和')}不在浙江的地名表中，已忽略
      {placeLabel ? `，只按${placeLabel}筛选` : '，在全部地区中搜索'}。
    </p>
  );
}

/** What the engine says about the query (e.g. that it was cut). */
export function EngineNote({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="note" className={NOTE}>
      {message}
    </p>
  );
}

export type SearchStatusProps = {
  result: SearchResult;
  q: string;
  placeLabel?: string;
  page: number;
  pageCount: number;
  pageSize: number;
};

/** The line that sums up the search: what was searched, how it was read, how many found. */
export function SearchStatus({ result, q, placeLabel, page, pageCount, pageSize }: SearchStatusProps) {
  // `fuyang` finds articles tagged 富阳区 with nothing to highlight: say what it was read as.
  const asPlaces = pinyinPlaces(result.terms);
  const overcount = facetOvercount(result.total, result.facets.cities, { filtered: placeLabel !== undefined });
  return (
    <p role="status" className="mt-4 text-sm text-gray-700 dark:text-gray-300">
      {q.trim() ? quotedQuery(q) : '全部文章'}
      {asPlaces.length > 0 && `（${asPlaces.map((p) => `${p.term} 已按地名${p.names.join('、')}匹配`).join('；')}）`}
      {placeLabel && `（已按${placeLabel}筛选）`}共 <strong>{result.total}</strong> 篇
      {result.total > pageSize && `，第 ${page} / ${pageCount} 页`}
      {overcount !== null && `。涉及几个城市的文章在每个城市下各计一篇，所以下列城市的篇数合计 ${overcount}。`}
    </p>
  );
}
