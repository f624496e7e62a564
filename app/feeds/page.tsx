import { cities } from '@/lib/places/gazetteer';
import { SITE_FEED_PATH } from '@/lib/feeds/site';
import { SITE_NAME, absoluteUrl } from '@/lib/site/config';
import { cityFeedUrl } from '@/lib/site/routes';
import { Breadcrumbs } from '../components/breadcrumbs';
import { listingMetadata } from '../components/listing-metadata';

export const metadata = listingMetadata({
  title: 'RSS 订阅',
  description: `用 RSS 阅读器订阅${SITE_NAME}：全站和每个城市的订阅地址。`,
  path: '/feeds',
});

/** One feed address, selected whole with one tap so it can be copied on a phone. */
function FeedUrl({ path }: { path: string }) {
  return (
    <code className="block select-all break-all rounded-md bg-gray-100 px-3 py-2 text-sm dark:bg-gray-800">
      {absoluteUrl(path)}
    </code>
  );
}

// A phone opening a feed shows raw XML (Chromium is removing XSLT, which once styled feeds, and
// shows a warning over it), so the site's 订阅 links lead here: the addresses and how to use them.
export default function FeedsPage() {
  return (
    <div className="max-w-3xl">
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: 'RSS 订阅' }]} path="/feeds" />
      <h1 className="mt-3 font-serif text-3xl font-bold">RSS 订阅</h1>
      <p className="mt-3">
        有了 RSS，不必常来网站查看：把下面的订阅地址添加到 RSS 阅读器（如
        Inoreader、Feedly、NetNewsWire，或浏览器、邮件客户端自带的订阅功能），有新文章时阅读器会自动收到全文。
      </p>
      <p className="mt-2 text-sm muted">
        在手机上轻点地址即可全选，复制后粘贴到阅读器的“添加订阅”里。直接在浏览器中打开订阅地址，只会看到给阅读器读取的 XML 代码。
      </p>

      <h2 className="mt-8 font-serif text-xl font-bold">全站</h2>
      <p className="mt-1 text-sm muted">最新 50 篇文章。</p>
      <div className="mt-2">
        <FeedUrl path={SITE_FEED_PATH} />
      </div>

      <h2 className="mt-8 font-serif text-xl font-bold">按城市</h2>
      <p className="mt-1 text-sm muted">只收该城市及其区县的文章。</p>
      <dl className="mt-2 space-y-3">
        {cities.map((c) => (
          <div key={c.slug} id={c.slug}>
            <dt className="font-medium">{c.name}</dt>
            <dd className="mt-1">
              <FeedUrl path={cityFeedUrl(c.slug)} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
