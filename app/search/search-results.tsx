import { bylineOf } from '@/lib/site/card';
import type { Content } from '@/lib/content/validate';
import { getArticle } from '@/lib/content/catalog';
import type { SearchResult } from '@/lib/search/index';
import { joinCjkSpaces } from '@/lib/site/search-display';
import { ArticleMeta } from '../components/article-meta';
import { searchHref } from '@/lib/site/routes';

/** Nothing found: ways to widen the search. */
export function NoResults({ terms, q, city }: { terms: readonly string[]; q: string; city?: string }) {
  return (
    <div className="mt-6 text-[15px]">
      <p>没有找到包含{terms.length > 1 ? '所有这些词' : '这个词'}的文章。</p>
      <ul className="mt-2 list-disc pl-5 text-gray-700 dark:text-gray-300">
        {city && (
          <li>
            <a className="underline" href={searchHref({ q })}>
              去掉地区筛选，在全部文章中搜索
            </a>
          </li>
        )}
        {terms.length > 1 && <li>减少一个词再试，或检查是否有错别字。</li>}
        <li>换一个说法，或只用地名、人名搜索。</li>
      </ul>
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
