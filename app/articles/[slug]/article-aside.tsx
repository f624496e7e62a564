import type { Article } from '@/lib/content/schema';
import { articleQrUrl } from '@/lib/site/routes';
import { sideItemOf } from '@/lib/site/card';
import { ShareQr } from '../../components/share-qr';
import { SideList } from '../../components/side-list';

/** Beside the article: its QR code for sharing, and related articles when there are any. */
export function ArticleAside({ article, related }: { article: Article; related: readonly Article[] }) {
  return (
    <aside aria-label="分享与相关文章" className="mt-10 space-y-8 lg:mt-0">
      <section aria-labelledby="share-heading" className="no-print hidden lg:block">
        <h2 id="share-heading" className="side-heading mb-3">
          分享本文
        </h2>
        <ShareQr src={articleQrUrl(article)} title={article.title} />
      </section>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="no-print">
          <h2 id="related-heading" className="side-heading">
            相关文章
          </h2>
          <SideList items={related.map(sideItemOf)} />
        </section>
      )}
    </aside>
  );
}
