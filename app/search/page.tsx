import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { parsePageParam } from '@/lib/content/paginate';
import { searchIndexFor } from '@/lib/search/content-index';
import { search } from '@/lib/search/index';
import { clipEcho } from '@/lib/site/format';
import { resolvePlaceFilter } from '@/lib/places/gazetteer';
import { pinyinPlaces } from '@/lib/places/pinyin';
import { facetOvercount, joinCjkSpaces, quotedQuery } from '@/lib/site/search-display';
import { ArticleMeta } from '../components/article-meta';
import { Pagination } from '../components/pagination';
import { chipClass } from '../components/place-chips';
import { SearchBox } from '../components/search-box';
import { first, type SearchParams } from '../search-params';

const PAGE_SIZE = 10;
/** The engine reads 200 characters of a query (and says so when it cuts): no more is echoed back. */
const ECHO_MAX = 200;

type Query = { q: string; city?: string; district?: string; page?: number };

/** The URL of a search: the shareable state. */
function searchHref({ q, city, district, page }: Query): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (city) p.set('city', city);
  if (district) p.set('district', district);
  if (page && page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `/search?${s}` : '/search';
}

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
  const hasQuery = q.trim() !== '' || city !== undefined;
  const result = hasQuery
    ? search(searchIndexFor(content), { q, city, district, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
    : undefined;
  const pageCount = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  if (result && result.total > 0 && page > pageCount) notFound();
  const base = { q, city, district };
  // `fuyang` finds articles tagged 富阳区 with nothing to highlight: say what it was read as.
  const asPlaces = result ? pinyinPlaces(result.terms) : [];
  const overcount = result ? facetOvercount(result.total, result.facets.cities) : null;

  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">搜索</h1>
      <div className="mt-4">
        <SearchBox id="search-page-q" label="搜索文章" defaultValue={q} keep={{ city, district }} />
      </div>

      {!result && (
        <section className="mt-6 text-[15px] text-gray-700 dark:text-gray-300" aria-label="搜索提示">
          <p>输入地名、人名或关键词，多个词用空格分开，文章须包含每一个词。支持繁体字和地名拼音，如：</p>
          <ul className="mt-3 flex flex-wrap gap-2 text-sm">
            {['消防', '老旧小区', '富阳', '周静', '网格 议事', 'hangzhou', '臺州'].map((example) => (
              <li key={example}><Link className={chipClass(false)} href={searchHref({ q: example })}>{example}</Link></li>
            ))}
          </ul>
        </section>
      )}

      {result && (
        <>
          {place.dropped.length > 0 && (
            <p role="note" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              网址中的{place.dropped.map((k) => (k === 'city' ? '城市' : '区县')).join('和')}不在浙江的地名表中，已忽略{placeLabel ? `，只按${placeLabel}筛选` : '，在全部地区中搜索'}。
            </p>
          )}
          {result.message && (
            <p role="note" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {result.message}
            </p>
          )}
          <p role="status" className="mt-4 text-sm text-gray-700 dark:text-gray-300">
            {q.trim() ? quotedQuery(q) : '全部文章'}
            {asPlaces.length > 0 && `（${asPlaces.map((p) => `${p.term} 已按地名${p.names.join('、')}匹配`).join('；')}）`}
            {placeLabel && `（已按${placeLabel}筛选）`}共 <strong>{result.total}</strong> 篇
            {result.total > PAGE_SIZE && `，第 ${page} / ${pageCount} 页`}
            {overcount !== null && `；一篇文章涉及几个城市就在几个城市下计数，所以下面的城市篇数相加为 ${overcount}`}
          </p>

          {result.facets.cities.length > 0 && (
            <nav aria-label="按地区筛选" className="mt-3 space-y-2 text-sm">
              <ul className="flex flex-wrap gap-2">
                <li><Link className={chipClass(!city)} aria-current={!city ? 'page' : undefined} href={searchHref({ q })}>全部地区</Link></li>
                {result.facets.cities.map((c) => (
                  <li key={c.slug}>
                    <Link className={chipClass(city === c.slug && !district)} aria-current={city === c.slug && !district ? 'page' : undefined} href={searchHref({ q, city: c.slug })}>{c.name} {c.count}</Link>
                  </li>
                ))}
              </ul>
              {city && result.facets.districts.length > 0 && (
                <ul className="flex flex-wrap gap-2">
                  {result.facets.districts.map((d) => (
                    <li key={`${d.citySlug}/${d.slug}`}>
                      <Link className={chipClass(district === d.slug)} aria-current={district === d.slug ? 'page' : undefined} href={searchHref({ q, city: d.citySlug, district: d.slug })}>{d.name} {d.count}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </nav>
          )}

          {result.total === 0 && (
            <div className="mt-6 text-[15px]">
              <p>没有找到包含{result.terms.length > 1 ? '所有这些词' : '这个词'}的文章。</p>
              <ul className="mt-2 list-disc pl-5 text-gray-700 dark:text-gray-300">
                {city && <li><Link className="underline" href={searchHref({ q })}>去掉地区筛选，在全部文章中搜索</Link></li>}
                {result.terms.length > 1 && <li>减少一个词再试，或检查是否有错别字。</li>}
                <li>换一个说法，或只用地名、人名搜索。</li>
              </ul>
            </div>
          )}

          <ol className="mt-4" start={(page - 1) * PAGE_SIZE + 1}>
            {result.hits.map((hit) => {
              const article = getArticle(content, hit.id);
              if (!article) return null;
              return (
                <li key={hit.id} className="border-b border-gray-200 py-4 dark:border-gray-700">
                  <h2 className="font-serif text-xl font-bold leading-snug">
                    <Link href={article.url} className="hover:text-brand-700 dark:hover:text-brand-100">{article.title}</Link>
                  </h2>
                  {/* The engine escapes the text and adds only <mark>; paragraph breaks come as spaces. */}
                  <p className="mt-1 text-[15px] text-gray-700 dark:text-gray-300" dangerouslySetInnerHTML={{ __html: joinCjkSpaces(hit.snippet) }} />
                  <div className="mt-1"><ArticleMeta article={article} /></div>
                </li>
              );
            })}
          </ol>

          <Pagination page={page} pageCount={pageCount} href={(n) => searchHref({ ...base, page: n })} />
        </>
      )}
    </div>
  );
}
