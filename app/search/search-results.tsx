import { bylineOf } from '@/lib/site/card';
import type { Content } from '@/lib/content/validate';
import { getArticle } from '@/lib/content/catalog';
import type { SearchResult } from '@/lib/search/index';
import { joinCjkSpaces } from '@/lib/site/search-display';
import { ArticleMeta } from '../components/article-meta';
import { searchHref } from '@/lib/site/routes';
import type { WiderSearch } from '@/lib/site/search-widening';
import { Chips } from '../components/chips';
import { ExampleSearches } from './search-tips';

export type NoResultsProps = {
  terms: readonly string[];
  q: string;
  city?: string;
  district?: string;
  /** Each word of the query searched alone, where it finds something (lib/site/search-widening.ts). */
  alone: readonly WiderSearch[];
};

/** Nothing found: ways to widen the search, as links where there are any. */
export function NoResults({ terms, q, city, district, alone }: NoResultsProps) {
  const chips = alone.map((s) => ({ key: s.q, label: s.q, href: searchHref({ q: s.q, city, district }), count: s.total }));
  return (
    <div className="mt-6 text-[15px]">
      <p>
        {terms.length > 1
          ? `没有一篇文章同时包含这 ${terms.length} 个词。${alone.length > 0 ? '分开搜索：' : ''}`
          : '没有找到包含这个词的文章。'}
      </p>
      {alone.length > 0 && (
        <div className="mt-3">
          <Chips chips={chips} label="分开搜索" />
        </div>
      )}
      {city && (
        <p className="mt-4">
          <a className="underline" href={searchHref({ q })}>
            去掉地区筛选，在全部文章中搜索
          </a>
        </p>
      )}
      <p className="mt-4 text-gray-700 dark:text-gray-300">
        {`${terms.length > 1 && alone.length === 0 ? '减少一个词再试，或检查是否有错别字；' : ''}换一个说法，或只用地名、人名搜索。也可以试试：`}
      </p>
      <ExampleSearches />
    </div>
  );
}

/** One page of hits, numbered from `start`: title, highlighted snippet, meta line. */
export function ResultList({ content, hits, start }: { content: Content; hits: SearchResult['hits']; start: number }) {
  return (
    <ol className="mt-4" start={start}>
      {hits.map((hit) => {
        const article = getArticle(content, hit.id);
        if (!article) return null;
        return (
          <li key={hit.id} className="border-b border-gray-200 py-4 dark:border-gray-700">
            <h2 className="font-serif text-xl font-bold leading-snug">
              <a href={article.url} className="hover:text-brand-700 dark:hover:text-brand-100">
                {article.title}
              </a>
            </h2>
            {/* The engine escapes the text and adds only <mark>; paragraph breaks come as spaces. */}
            <p
              className="mt-1 text-[15px] text-gray-700 dark:text-gray-300"
              dangerouslySetInnerHTML={{ __html: joinCjkSpaces(hit.snippet) }}
            />
            <div className="mt-1">
              <ArticleMeta byline={bylineOf(article)} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
