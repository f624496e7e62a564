import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { qrPng } from '../../lib/share/qr';
import { baseUrl, decodeEntities, get, isNotFoundPage, jsonLdOf, meta, rawRequest, tagText } from '../helpers/http';

const SLUG = 'suimo-nianguan-fanghuo-xiaozai';

type Ld = Record<string, unknown> & { author: { '@type': string; name: string }[] };

describe('/articles/<slug>', () => {
  it('renders headline, series, byline with author links, places, date, source and body', async () => {
    const { status, body } = await get(`/articles/${SLUG}`);
    expect(status).toBe(200);
    expect(tagText(body, 'h1')).toBe('岁末年关 防火消灾');
    expect(tagText(body, 'title')).toBe('岁末年关 防火消灾｜浙江新闻摘要');
    expect(body).toContain('href="/series/chuangxin-jiceng-zhili"');
    for (const name of ['刘国征', '罗明昌', '林梦兰']) expect(body).toContain(`href="/authors/${name}"`);
    expect(body).toContain('href="/cities/wenzhou/cangnan"');
    expect(body).toContain('href="/cities/jinhua/jindong"');
    expect(body).toMatch(/浙江日报 2023年12月28日 <a[^>]*href="\/archive\/2023\/12\/28\/17"[^>]*>第17版（专刊）<\/a>/);
    expect(body).toContain('12月5日至10日，金华市金东区东藕塘村连着上演6天6夜的“消防戏”。');
  });

  it('lists our OCR fixes as digitisation proofreading, not as the paper’s corrections, and links the previous and next article', async () => {
    const { body } = await get(`/articles/${SLUG}`);
    expect(body).toContain('数字化校对说明');
    expect(body).toContain('并非原报差错；除此之外，正文与原报刊印一致');
    expect(body).not.toContain('更正（编者注）');
    expect(body).toMatch(/识别文字“敲门人户行动”校正为“敲门入户行动”/);
    expect(body).not.toContain('CorrectionComment');
    // The red-barred lead is this site's summary, not printed in the paper.
    expect(body).toMatch(/摘要（编者）<\/span>年关将至，苍南县/);
    expect(body).toMatch(
      /rel="prev"[^>]*href="\/articles\/qingnuan-dongri-aixin-xiangsui"|href="\/articles\/qingnuan-dongri-aixin-xiangsui"[^>]*rel="prev"/,
    );
    expect(body).toMatch(
      /rel="next"[^>]*href="\/articles\/yuan-baotong-jingzhun-zhidu"|href="\/articles\/yuan-baotong-jingzhun-zhidu"[^>]*rel="next"/,
    );
  });

  it('carries canonical, Open Graph and Twitter metadata with absolute URLs', async () => {
    const { body } = await get(`/articles/${SLUG}`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(body)?.[1];
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/articles/${SLUG}$`));
    expect(meta(body, 'og:url')).toBe(canonical);
    expect(meta(body, 'og:type')).toBe('article');
    expect(meta(body, 'og:locale')).toBe('zh_CN');
    expect(decodeEntities(meta(body, 'og:title') ?? '')).toContain('岁末年关 防火消灾');
    expect(meta(body, 'og:description')).toBeTruthy();
    expect(meta(body, 'article:published_time')).toBe('2023-12-28T00:00:00+08:00');
    expect(meta(body, 'og:image')).toMatch(/^https?:\/\//);
    expect(meta(body, 'og:image:width')).toBe('1200');
    expect(meta(body, 'og:image:height')).toBe('630');
    expect(meta(body, 'twitter:card')).toBe('summary_large_image');
    // X reads og:image; it is not copied into twitter:image tags.
    expect(meta(body, 'twitter:image')).toBeUndefined();
  });

  it('describes itself as a NewsArticle in JSON-LD', async () => {
    const { body } = await get(`/articles/${SLUG}`);
    const ld = jsonLdOf<Ld>(body, 'NewsArticle') as Ld;
    expect(ld.headline).toBe('岁末年关 防火消灾');
    expect(ld.datePublished).toBe('2023-12-28T00:00:00+08:00');
    expect(ld.author.map((a) => [a['@type'], a.name])).toEqual([
      ['Person', '刘国征'],
      ['Person', '罗明昌'],
      ['Person', '林梦兰'],
    ]);
    expect(ld.publisher).toMatchObject({ '@type': 'Organization' });
    expect(JSON.stringify(ld.contentLocation ?? ld.locationCreated)).toContain('苍南县');
    expect(ld.isPartOf).toMatchObject({ name: '创新基层治理 开启美丽嬗变' });
  });

  it('serves a generated share image', async () => {
    const { body } = await get(`/articles/${SLUG}`);
    const image = new URL(meta(body, 'og:image') ?? '');
    const res = await fetch(`${baseUrl()}${image.pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await res.arrayBuffer());
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('serves the QR code as a PNG of the address the reader is on (SITE_URL is unset here), linked from the page', async () => {
    const { body } = await get(`/articles/${SLUG}`);
    expect(body).toContain(`src="/articles/${SLUG}/qr.png"`);
    const res = await fetch(`${baseUrl()}/articles/${SLUG}/qr.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    // Host-dependent, so no shared cache may hand it to a reader on another host.
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.equals((await qrPng(`${baseUrl()}/articles/${SLUG}`)).png)).toBe(true);
    const viaProxy = await fetch(`${baseUrl()}/articles/${SLUG}/qr.png`, {
      headers: { 'x-forwarded-host': 'news.example.org', 'x-forwarded-proto': 'https' },
    });
    expect(Buffer.from(await viaProxy.arrayBuffer()).equals((await qrPng(`https://news.example.org/articles/${SLUG}`)).png)).toBe(
      true,
    );
    expect((await fetch(`${baseUrl()}/articles/no-such-article/qr.png`)).status).toBe(404);
  });

  it('tags the page so a reader coming back gets a 304, gzipped or not', async () => {
    const first = await get(`/articles/${SLUG}`);
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);
    const zipped = await fetch(`${baseUrl()}/articles/${SLUG}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('etag')).toBe(tag);
    const again = await get(`/articles/${SLUG}`, { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const other = await get('/articles/xiangxian-huigui-zhuqi-shukun');
    expect(other.headers.get('etag')).not.toBe(tag);
  });

  it('sends a page read again, and the scripts it loads, as Brotli made once at full strength', async () => {
    const page = `${baseUrl()}/articles/${SLUG}`;
    const html = (await get(`/articles/${SLUG}`)).raw;
    await get(`/articles/${SLUG}`);
    // The second request set the encoding going; Brotli answered from memory carries its length.
    await vi.waitFor(async () =>
      expect((await rawRequest(page, { headers: { 'Accept-Encoding': 'br' } })).headers['content-length']).toBeDefined(),
    );
    const br = await rawRequest(page, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(html);
    const script = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    // Encoded from memory once the server has got through the build's files, a second or so after start.
    await vi.waitFor(async () =>
      expect(
        (await rawRequest(`${baseUrl()}${script}`, { headers: { 'Accept-Encoding': 'br' } })).headers['content-length'],
      ).toBeDefined(),
    );
    const js = await rawRequest(`${baseUrl()}${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(js.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'public, max-age=31536000, immutable' });
    expect(js.headers['content-length']).toBe(String(js.bytes.length));
    const identity = await fetch(`${baseUrl()}${script}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(Buffer.from(await identity.arrayBuffer()).equals(brotliDecompressSync(js.bytes))).toBe(true);
  });

  it('answers a page read again within seconds from the server’s page cache, but never RSC data or search', async () => {
    const path = '/articles/xiangxian-huigui-zhuqi-shukun';
    const first = await get(path);
    const again = await get(path);
    // Age is what the page cache adds to a page it answers without asking Next.
    expect(again.headers.get('age')).toMatch(/^\d+$/);
    expect(again.raw).toBe(first.raw);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('cache-control')).toBe('s-maxage=300, stale-while-revalidate=3300');
    const rsc = await fetch(`${baseUrl()}${path}`, { headers: { rsc: '1' } });
    expect(rsc.headers.get('content-type')).toMatch(/^text\/x-component/);
    expect(rsc.headers.get('age')).toBeNull();
    await get('/search?q=老旧小区');
    expect((await get('/search?q=老旧小区')).headers.get('age')).toBeNull();
  });

  it('marks the heading-less brief’s title as the editors’', async () => {
    const { status, body } = await get('/articles/zhihui-haiyang-luntan-dinghai');
    expect(status).toBe(200);
    expect(body).toContain('标题为编者所加');
  });

  it('renders the series with its intro and articles', async () => {
    const { status, body } = await get('/series/chuangxin-jiceng-zhili');
    expect(status).toBe(200);
    expect(tagText(body, 'h1')).toBe('创新基层治理 开启美丽嬗变');
    expect(body).toContain('加强和创新社会治理');
    expect(body.match(/href="\/articles\/[a-z0-9-]+"/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it('publishes the series as a schema.org CollectionPage with its articles', async () => {
    const { body } = await get('/series/chuangxin-jiceng-zhili');
    type Collection = { name: string; mainEntity: { numberOfItems: number; itemListElement: { url: string }[] } };
    const ld = jsonLdOf<Collection>(body, 'CollectionPage') as Collection;
    expect(ld).toBeDefined();
    expect(ld.name).toBe('创新基层治理 开启美丽嬗变');
    const listed = [...body.matchAll(/<h3[^>]*>\s*<a[^>]*href="(\/articles\/[a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThanOrEqual(8);
    expect(ld.mainEntity.itemListElement.map((i) => new URL(i.url).pathname)).toEqual(listed);
    expect(ld.mainEntity.numberOfItems).toBe(listed.length);
  });

  it.each([
    '/articles/no-such-article',
    '/articles/UPPER',
    '/series/no-such-series',
    '/series/chuangxin-jiceng-zhili/page/2',
    '/series/no-such-series/page/2',
  ])('answers 404 for %s', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(isNotFoundPage(body)).toBe(true);
  });
});
