import { describe, expect, it } from 'vitest';
import { get } from '../helpers/http';

const q = (s: string) => encodeURIComponent(s);
const resultTitles = (html: string) =>
  [...html.matchAll(/<li[^>]*>\s*<h2[^>]*><a[^>]*href="\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]);

describe('/search through a real server', () => {
  it('finds Chinese words inside sentences, with a count and highlighted snippets', async () => {
    const { status, body } = await get(`/search?q=${q('消防')}`);
    expect(status).toBe(200);
    expect(body).toMatch(/共 <strong>2<\/strong> 篇/);
    expect(resultTitles(body).sort()).toEqual(['suimo-nianguan-fanghuo-xiaozai', 'tongxing-xiaofang-ganen-lanyan']);
    expect(body).toContain('<mark>消防</mark>');
  });

  it('ranks an exact title first', async () => {
    const { body } = await get(`/search?q=${q('三方协同激活老旧小区')}`);
    expect(resultTitles(body)[0]).toBe('sanfang-xietong-laojiu-xiaoqu');
  });

  it('requires every term, folds traditional characters and matches place pinyin', async () => {
    const both = await get(`/search?q=${q('網格 議事')}`);
    expect(resultTitles(both.body)).toEqual(['diedai-zhizhi-minsheng']);
    const pinyin = await get('/search?q=fuyang');
    expect(resultTitles(pinyin.body).sort()).toEqual(['diedai-zhizhi-minsheng', 'xiangxian-huigui-zhuqi-shukun']);
  });

  it('combines a query with city and district filters, and lists a place with an empty query', async () => {
    const filtered = await get(`/search?q=${q('社区')}&city=hangzhou&district=linan`);
    expect(resultTitles(filtered.body)).toEqual(['shequ-hehuo-gongjian-gongxiang']);
    const place = await get('/search?city=zhoushan');
    expect(resultTitles(place.body).sort()).toEqual(['zhidu-duoguan-qixia', 'zhihui-haiyang-luntan-dinghai']);
  });

  it('finds the city of a district given alone, and says so; drops an unknown place with a note instead of echoing it', async () => {
    const district = await get(`/search?q=${q('社区')}&district=linan`);
    expect(resultTitles(district.body)).toEqual(['shequ-hehuo-gongjian-gongxiang']);
    expect(district.body).toContain('（已按杭州市临安区筛选）');
    const unknown = await get(`/search?q=${q('消防')}&city=${q('<b>北京</b>')}`);
    expect(resultTitles(unknown.body)).toHaveLength(2);
    expect(unknown.body).toContain('网址中的城市不在浙江的地名表中，已忽略，在全部地区中搜索。');
    expect(unknown.body).not.toContain('北京');
  });

  it('echoes a query cut at characters, without control characters, and capped', async () => {
    const emoji = await get(`/search?q=${q(`${'字'.repeat(39)}😀😀`)}`);
    const title = /<title>([^<]*)<\/title>/.exec(emoji.body)?.[1] ?? '';
    expect(title).toContain(`${'字'.repeat(39)}😀…`);
    expect(title).not.toContain('\ufffd');
    const nul = await get('/search?q=a%00b%1b');
    expect(/<title>([^<]*)<\/title>/.exec(nul.body)?.[1]).toContain('“ab”');
    const long = await get(`/search?q=${'z'.repeat(3_000)}`);
    expect(long.status).toBe(200);
    expect(/<title>([^<]*)<\/title>/.exec(long.body)?.[1]).toMatch(/^“z{40}…”/);
    expect(/<input[^>]*id="search-page-q"[^>]*value="(z*)…?"/.exec(long.body)?.[1]).toHaveLength(200);
    // Longer requests never reach a page: the guard answers 414.
    expect((await get(`/search?q=${'z'.repeat(15_000)}`)).status).toBe(414);
  });

  it('suggests removing the filter when nothing matches', async () => {
    const { status, body } = await get(`/search?q=${q('消防')}&city=hangzhou`);
    expect(status).toBe(200);
    expect(body).toMatch(/共 <strong>0<\/strong> 篇/);
    expect(body).toContain('去掉地区筛选');
    // The city chips count the whole query (金华 1, 衢州 1, 温州 1), the total only 杭州's: no sum to explain.
    expect(body).not.toContain('篇数合计');
  });

  it('offers each word alone, with its count, when no article has them all, and example searches', async () => {
    const { body } = await get(`/search?q=${q('网格 婺剧 火星')}`);
    expect(body).toMatch(/共 <strong>0<\/strong> 篇/);
    expect(body).toContain('没有一篇文章同时包含这 3 个词。分开搜索：');
    const alone = /<ul[^>]*aria-label="分开搜索"[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
    const links = [...alone.matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1].replaceAll('&amp;', '&')));
    expect(links).toEqual(['/search?q=网格', '/search?q=婺剧']);
    expect(alone).toContain('婺剧 <span class="tabular-nums">1</span>');
    expect(body).not.toContain('减少一个词再试');
    expect(body).toMatch(/aria-label="搜索示例"[^>]*><li><a[^>]*href="\/search\?q=消防"/);
    const single = await get(`/search?q=${q('火星')}`);
    expect(single.body).toContain('没有找到包含这个词的文章。');
    expect(single.body).not.toContain('分开搜索');
  });

  it.each([
    ['empty', ''],
    ['whitespace', '%20%20%E3%80%80'],
    ['one character', q('火')],
    ['1 000 characters', q('浙'.repeat(1_000))],
    ['emoji', q('🔥消防🚒')],
    ['regex metacharacters', q('.*(消防[')],
    ['SQL', q("' OR 1=1; DROP TABLE articles; --")],
    ['lone surrogate', '%ED%A0%80'],
    ['HTML', q('<script>alert(1)</script>')],
  ])('answers bad input (%s) with a page, never a 500', async (_, query) => {
    const { status, body } = await get(`/search?q=${query}`);
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert(1)</script>');
  });

  it('refuses a URL too long for HTTP headers with 431, not a 500', async () => {
    // 10 000 Chinese characters are 90 kB percent-encoded: past Node's header limit.
    expect((await get(`/search?q=${q('浙'.repeat(10_000))}`)).status).toBe(431);
  });

  it('answers a bad page number with 404', async () => {
    expect((await get(`/search?q=${q('消防')}&page=abc`)).status).toBe(404);
    expect((await get(`/search?q=${q('消防')}&page=9`)).status).toBe(404);
  });

  it('has no second page for a search that found nothing, nor for an empty search', async () => {
    expect((await get(`/search?q=${q('zzzz')}`)).status).toBe(200);
    expect((await get(`/search?q=${q('zzzz')}&page=2`)).status).toBe(404);
    expect((await get(`/search?q=${q('消防 婺剧')}&city=hangzhou&page=9`)).status).toBe(404);
    expect((await get('/search?page=2')).status).toBe(404);
  });
});
