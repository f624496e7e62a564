import { describe, expect, it } from 'vitest';
import { get, tagText } from '../helpers/http';

describe('/ (the digest)', () => {
  it('lists every article of the edition with lang zh-CN and a search form', async () => {
    const { status, body } = await get('/');
    expect(status).toBe(200);
    expect(body).toContain('<html lang="zh-CN"');
    expect(tagText(body, 'title')).toBe('浙江新闻摘要');
    expect(body).toMatch(/<form[^>]*action="\/search"[^>]*>/);
    expect(body).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
    for (const title of ['上城区：强基赋能 凝“新”聚力', '三方协同激活老旧小区', '社区合伙 共建共享', '智慧海洋分论坛在定海开幕']) {
      expect(body).toContain(title);
    }
    expect(body.match(/href="\/articles\/[a-z0-9-]+"/g)?.length).toBeGreaterThanOrEqual(14);
  });

  it('has the first edition in 往期, with a breadcrumb and no 上一期/下一期 when it is the only day', async () => {
    for (const path of ['/archive', '/archive/2023', '/archive/2023/12']) {
      expect((await get(path)).status, path).toBe(200);
    }
    const { status, body } = await get('/archive/2023/12/28');
    expect(status).toBe(200);
    expect(body).toContain('三方协同激活老旧小区');
    expect(body).toContain('aria-label="位置"');
    expect(body).not.toContain('相邻各期');
  });

  it('shows no 近期各期 list while the archive holds a single edition', async () => {
    const { body } = await get('/');
    expect(body).not.toContain('近期各期');
    expect(body).toContain('href="/archive"');
  });

  it('groups the series with its intro', async () => {
    const { body } = await get('/');
    expect(body).toContain('创新基层治理 开启美丽嬗变');
    expect(body).toContain('加强和创新社会治理，重心在强化基层、夯实基础。');
  });

  it('shows a map of the 11 cities with counts linking to their pages', async () => {
    const { body } = await get('/');
    for (const slug of ['hangzhou', 'ningbo', 'wenzhou', 'jiaxing', 'huzhou', 'shaoxing', 'jinhua', 'quzhou', 'zhoushan', 'taizhou', 'lishui']) {
      expect(body).toContain(`href="/cities/${slug}"`);
    }
    expect(body).toContain('aria-label="杭州市：8 篇"');
    expect(body).toContain('aria-label="嘉兴市：0 篇"');
  });

  it('filters by city and district through the URL', async () => {
    const city = await get('/?city=zhoushan');
    expect(city.status).toBe(200);
    expect(city.body).toContain('治堵多管齐下 序化美化亮化');
    expect(city.body).toContain('智慧海洋分论坛在定海开幕');
    expect(city.body).not.toContain('三方协同激活老旧小区');

    const district = await get('/?city=hangzhou&district=fuyang');
    expect(district.body).toContain('乡贤回归 助企纾困');
    expect(district.body).toContain('迭代智治提升质效为民生');
    expect(district.body).not.toContain('社区合伙 共建共享');
  });

  it('explains an unknown filter instead of failing', async () => {
    const { status, body } = await get('/?city=beijing');
    expect(status).toBe(200);
    expect(body).toContain('找不到地区“beijing”');
  });
});

describe('unknown pages', () => {
  it('answers 404, not a 200 error page', async () => {
    const { status, body } = await get('/no-such-page');
    expect(status).toBe(404);
    expect(body).toContain('lang="zh-CN"');
  });
});
