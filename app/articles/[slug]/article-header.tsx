import { placesOf } from '@/lib/site/card';
import type { Article, Series } from '@/lib/content/schema';
import { articleShare } from '@/lib/share/links';
import { formatDate } from '@/lib/site/format';
import { Authors, Places } from '../../components/article-meta';
import { FontSizeControl } from '../../components/font-size-control';
import { ShareBar } from '../../components/share-bar';
import { SourceLine } from '../../components/source-line';

/** The article's head: its series, title, authors, places, date and source, then the reading tools. */
export function ArticleHeader({ article, series }: { article: Article; series?: Series }) {
  const share = articleShare(article);
  return (
    <header>
      {series && (
        <p className="mb-2 text-sm font-medium">
          <a href={series.url} className="series-link">
            <span className="series-badge">专题</span>
            {series.title}
          </a>
        </p>
      )}
      <h1 id="article-title" className="headline">
        {article.title}
      </h1>
      {article.editorTitle && <p className="mt-1 muted text-xs">（标题为编者所加，原文无标题）</p>}
      {/* Inline runs, not flex items: with three authors the names wrap. The date leads, as a
          dateline does: placed last, Chromium 156.0.8078.114 left it alone on the second line
          whenever the authors and place just filled the first, text-wrap: pretty or not. */}
      <dl className="meta-list mt-4 muted text-sm">
        <div>
          <dt className="sr-only">日期</dt>
          <dd className="whitespace-nowrap">
            <time dateTime={article.date}>{formatDate(article.date)}</time>
          </dd>
        </div>
        <div>
          <dt>作者</dt>
          <dd>
            <Authors names={article.authors} />
          </dd>
        </div>
        <div>
          <dt>地点</dt>
          <dd>
            <Places places={placesOf(article)} />
          </dd>
        </div>
      </dl>
      <p className="mt-1 muted text-sm">
        来源：
        <SourceLine source={article.source} date={article.date} />
        {article.source.url && (
          <>
            {' · '}
            <a href={article.source.url} rel="noopener noreferrer" className="meta-link">
              原报网页
            </a>
          </>
        )}
      </p>
      <div className="no-print toolbar">
        <FontSizeControl />
        <ShareBar title={share.title} text={share.text} />
      </div>
    </header>
  );
}
