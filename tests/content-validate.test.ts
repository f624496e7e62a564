import { afterAll, describe, expect, it } from 'vitest';
import { articleHtml } from '../lib/content/body';
import { checkContent, loadContent } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';
import { parseArticle } from '../lib/content/validate';
import { articleSource, BASE_BODY, removeDir, seriesSource, writeContentDir } from './fixtures/content/build';
import { expectArticleRejected, expectRejected, FILE, removeTempDirs } from './fixtures/content/expect';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach(removeDir));
afterAll(removeTempDirs);

describe('a valid minimal article', () => {
  it('parses to the expected typed record', () => {
    const { article, problems } = parseArticle({ file: FILE, source: articleSource() });
    expect(problems).toEqual([]);
    // The record keeps no HTML (memory, for large archives): articleHtml renders it from the file.
    expect(article).not.toHaveProperty('html');
    expect(article).toEqual({
      title: '测试标题',
      editorTitle: false,
      slug: 'ceshi-wenzhang',
      authors: ['周静', '严琰'],
      date: '2023-12-28',
      source: { publication: '浙江日报', date: '2023-12-28', page: 17 },
      tags: [],
      corrections: [],
      draft: false,
      url: '/articles/ceshi-wenzhang',
      file: FILE,
      locations: [
        {
          city: '杭州市',
          cityShort: '杭州',
          citySlug: 'hangzhou',
          cityCode: '330100',
          district: '上城区',
          districtShort: '上城',
          districtSlug: 'shangcheng',
          code: '330102',
        },
      ],
      series: null,
      summary: '今年以来，上城区扎实推进各项工作，取得明显成效。',
      text: BASE_BODY,
    });
    const dir = writeContentDir({ [FILE]: articleSource() });
    tempDirs.push(dir);
    expect(articleHtml({ articles: [article!], series: [], dir }, article!)).toBe(
      '<p>今年以来，上城区扎实推进各项工作，取得明显成效。</p>\n<p>第二段介绍了具体做法和下一步打算。</p>',
    );
  });

  it('loads from a folder with its series, and an explicit summary wins over the default', () => {
    const dir = writeContentDir({
      [FILE]: articleSource({ series: 'ceshi-zhuanti', summary: '编辑写的摘要。', order: '3', editorTitle: 'true' }),
      'series/ceshi-zhuanti.md': seriesSource('ceshi-zhuanti', '测试专题'),
    });
    tempDirs.push(dir);
    const { articles, series } = loadContent(dir);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ series: 'ceshi-zhuanti', summary: '编辑写的摘要。', order: 3, editorTitle: true });
    expect(series).toEqual([
      expect.objectContaining({
        slug: 'ceshi-zhuanti',
        title: '测试专题',
        url: '/series/ceshi-zhuanti',
        file: 'series/ceshi-zhuanti.md',
        text: '专题导语。',
      }),
    ]);
  });

  it('accepts a city or district by short name or slug and a city without district', () => {
    const { article } = parseArticle({
      file: FILE,
      source: articleSource({
        locations: '\n  - city: 温州\n    district: cangnan\n  - city: 宁波市\n    district: 宁波前湾新区\n  - city: 舟山市',
      }),
    });
    expect(article?.locations.map((l) => [l.city, l.district, l.code])).toEqual([
      ['温州市', '苍南县', '330327'],
      ['宁波市', '前湾新区', '330200-qianwan'],
      ['舟山市', null, '330900'],
    ]);
  });
});

describe('bad input is reported precisely and nothing is published', () => {
  it('malformed YAML', () => {
    const problems = expectArticleRejected({ summary: '甲: 乙' }, [{ field: 'frontmatter', message: /YAML/ }]);
    // Line 1 is the opening fence, then title, slug, authors, locations (3 lines), date, source (4 lines), summary.
    expect(problems[0].message).toContain('第 13 行');
  });

  it('no frontmatter at all', () => {
    expectRejected({ [FILE]: '# 标题\n\n正文。\n' }, [{ file: FILE, field: 'frontmatter', message: /---/ }]);
  });

  it('missing title', () => {
    expectArticleRejected({ title: undefined }, [{ field: 'title', message: /缺少标题/ }]);
  });

  it('empty title ("   ")', () => {
    expectArticleRejected({ title: '"   "' }, [{ field: 'title', message: /标题.*(空|缺少)|(空|缺少).*标题/ }]);
  });

  it('authors missing', () => {
    expectArticleRejected({ authors: undefined }, [{ field: 'authors', message: /作者/ }]);
  });

  it('authors empty ([])', () => {
    expectArticleRejected({ authors: '[]' }, [{ field: 'authors', message: /至少.*作者/ }]);
  });

  it('an empty author name', () => {
    expectArticleRejected({ authors: '[周静, "  "]' }, [{ field: 'authors[1]', message: /作者姓名.*空/ }]);
  });

  it('unknown city: names it and suggests the closest (杭洲市 → 杭州市)', () => {
    expectArticleRejected({ locations: '\n  - city: 杭洲市\n    district: 上城区' }, [
      { field: 'locations[0].city', message: /杭洲市.*杭州市/ },
    ]);
  });

  it('unknown city with nothing close', () => {
    expectArticleRejected({ locations: '\n  - city: 北京市' }, [{ field: 'locations[0].city', message: /未知的城市“北京市”/ }]);
  });

  it('a district written as the city', () => {
    expectArticleRejected({ locations: '\n  - city: 苍南县' }, [
      { field: 'locations[0].city', message: /苍南县.*不是地级市.*温州市/ },
    ]);
  });

  it('unknown district: names it and suggests the closest (上诚区 → 上城区)', () => {
    expectArticleRejected({ locations: '\n  - city: 杭州市\n    district: 上诚区' }, [
      { field: 'locations[0].district', message: /上诚区.*上城区/ },
    ]);
  });

  it('district in the wrong city', () => {
    expectArticleRejected({ locations: '\n  - city: 杭州市\n    district: 苍南县' }, [
      { field: 'locations[0].district', message: /苍南县.*不属于杭州市.*温州市/ },
    ]);
  });

  it('the problem points at the right entry of several locations', () => {
    expectArticleRejected({ locations: '\n  - city: 温州市\n    district: 苍南县\n  - city: 金华市\n    district: 金冬区' }, [
      { field: 'locations[1].district', message: /金冬区.*金东区/ },
    ]);
  });

  it('no locations ([])', () => {
    expectArticleRejected({ locations: '[]' }, [{ field: 'locations', message: /地点/ }]);
  });

  it.each([
    ['"2023-02-30"', /日期不存在/],
    ['"2023-13-01"', /日期不存在/],
    ['2023-02-30', /日期不存在/],
    ['2023-2-3', /YYYY-MM-DD/],
    ['"2023/12/28"', /YYYY-MM-DD/],
    ['20231228', /日期/],
  ])('impossible or malformed date %s', (date, message) => {
    expectArticleRejected({ date }, [{ field: 'date', message }]);
  });

  it('accepts 2024-02-29 (leap year) and an unquoted valid date', () => {
    for (const [date, file] of [
      ['"2024-02-29"', '2024/02/29/ceshi-wenzhang.md'],
      ['2023-12-28', FILE],
    ]) {
      expect(parseArticle({ file, source: articleSource({ date }) }).problems).toEqual([]);
    }
  });

  it('impossible source date', () => {
    expectArticleRejected({ source: '\n  publication: 浙江日报\n  date: 2023-02-29\n  page: 17' }, [
      { field: 'source.date', message: /日期不存在/ },
    ]);
  });

  it.each([
    ['nothing', ''],
    ['whitespace', '   \n\n\t\n'],
  ])('empty body (%s)', (_what, body) => {
    expectArticleRejected({}, [{ field: 'body', message: /正文.*空/ }], body);
  });

  it('a body of nothing but raw HTML is refused for the HTML, and is empty too (it renders to nothing)', () => {
    expectArticleRejected(
      {},
      [
        { field: 'body', message: /^第 15 行含有 HTML（<script>），正文只能用 Markdown；另有 1 处：第 17 行 <!-- -->$/ },
        { field: 'body', message: /正文.*空/ },
      ],
      '<script>alert(1)</script>\n\n<!-- 注释 -->',
    );
  });

  it('two files with the same slug', () => {
    const a = '2023/12/28/same-slug.md';
    const b = '2023/12/27/same-slug.md';
    expectRejected(
      {
        [a]: articleSource({ slug: 'same-slug', title: '甲文章' }, '甲文章的正文。'),
        [b]: articleSource({ slug: 'same-slug', title: '乙文章', date: '"2023-12-27"' }, '乙文章的正文。'),
      },
      [{ file: b, field: 'slug', message: /same-slug.*2023\/12\/28\/same-slug\.md/ }],
    );
  });

  it('a series slug used twice', () => {
    expectRejected(
      {
        'series/old/zhuanti.md': seriesSource('zhuanti', '专题甲'),
        'series/zhuanti.md': seriesSource('zhuanti', '专题乙'),
      },
      [{ file: 'series/zhuanti.md', field: 'slug', message: /zhuanti.*series\/old\/zhuanti\.md/ }],
    );
  });

  it('the same article twice under different slugs (same text)', () => {
    const a = '2023/12/28/aaa.md';
    const b = '2023/12/28/bbb.md';
    expectRejected(
      {
        [a]: articleSource({ slug: 'aaa', title: '甲标题' }),
        [b]: articleSource({ slug: 'bbb', title: '乙标题' }),
      },
      [{ file: b, field: 'body', message: /aaa\.md.*正文相同/ }],
    );
  });

  it('the same article twice with the same title and date', () => {
    const a = '2023/12/28/aaa.md';
    const b = '2023/12/28/bbb.md';
    expectRejected(
      {
        [a]: articleSource({ slug: 'aaa' }, '甲的正文。'),
        [b]: articleSource({ slug: 'bbb' }, '乙的正文。'),
      },
      [{ file: b, field: 'title', message: /aaa\.md.*标题/ }],
    );
  });

  it('unknown series slug', () => {
    expectRejected(
      {
        [FILE]: articleSource({ series: 'chuangxin-jiceng' }),
        'series/chuangxin-jiceng-zhili.md': seriesSource('chuangxin-jiceng-zhili', '创新基层治理 开启美丽嬗变'),
      },
      [{ file: FILE, field: 'series', message: /未知的专题“chuangxin-jiceng”.*chuangxin-jiceng-zhili/ }],
    );
  });

  it('unknown frontmatter field (typo author: for authors:)', () => {
    expectArticleRejected({ authors: undefined, author: '[周静, 严琰]' }, [
      { field: 'author', message: /未知字段/ },
      { field: 'authors', message: /作者/ },
    ]);
  });

  it('unknown field in a series file', () => {
    expectRejected({ 'series/x.md': '---\ntitle: 专题\nslug: x\nintro: 导语\n---\n\n正文。\n' }, [
      { file: 'series/x.md', field: 'intro', message: /未知字段/ },
    ]);
  });

  it('a slug with capitals or spaces', () => {
    expectArticleRejected({ slug: 'Ceshi Wenzhang' }, [{ field: 'slug', message: /slug/ }]);
  });

  it('a correction whose `to` is not in the text', () => {
    expectArticleRejected({ corrections: '\n  - from: 主于道路\n    to: 主干道路\n    note: “干”误识为“于”' }, [
      { field: 'corrections[0].to', message: /找不到.*主干道路/ },
    ]);
  });

  it('a correction of an unknown kind, naming the two kinds', () => {
    expectArticleRejected({ corrections: '\n  - from: 扎实推迸\n    to: 扎实推进\n    kind: 勘误' }, [
      { field: 'corrections[0].kind', message: /proofreading（数字化校对）或 erratum（更正）/ },
    ]);
  });

  it('a correction whose `to` is in the text is accepted', () => {
    const source = articleSource({ corrections: '\n  - from: 扎实推迸\n    to: 扎实推进\n    note: “进”误识为“迸”' });
    expect(parseArticle({ file: FILE, source }).problems).toEqual([]);
  });

  it('half-width punctuation in the title, summary and body', () => {
    expectArticleRejected(
      { title: '上城区:强基赋能', summary: `'摘要里有"直引号"'` },
      [
        { field: 'title', message: /“:”.*：/ },
        { field: 'summary', message: /"/ },
        { field: 'body', message: /“,”.*，/ },
      ],
      '今年以来,上城区扎实推进。',
    );
  });

  it('several problems in several files are all reported, not just the first', () => {
    const ok = '2023/12/28/ok.md';
    const a = '2023/12/28/a.md';
    const b = '2023/12/28/b.md';
    const c = '2023/12/28/c.md';
    expectRejected(
      {
        [ok]: articleSource({ slug: 'ok', title: '好的' }, '好的正文。'),
        [a]: articleSource({ slug: 'a', title: '"  "', authors: '[]', date: '"2023-02-30"' }, '甲的正文。'),
        [b]: articleSource(
          {
            slug: 'b',
            title: '乙',
            locations: '\n  - city: 杭洲市\n  - city: 杭州市\n    district: 上诚区',
            corrections: '\n  - from: 甲\n    to: 不在正文里',
          },
          '乙的正文,有半角逗号。',
        ),
        [c]: articleSource({ slug: 'c', title: '丙', series: 'nope' }, '丙的正文。'),
      },
      [
        { file: a, field: 'title', message: /标题/ },
        { file: a, field: 'authors', message: /作者/ },
        { file: a, field: 'date', message: /日期不存在/ },
        { file: b, field: 'locations[0].city', message: /杭洲市.*杭州市/ },
        { file: b, field: 'locations[1].district', message: /上诚区.*上城区/ },
        { file: b, field: 'body', message: /“,”/ },
        { file: b, field: 'corrections[0].to', message: /不在正文里/ },
        { file: c, field: 'series', message: /nope/ },
      ],
    );
  });

  it('a schema problem does not hide the other problems of the same file', () => {
    expectArticleRejected(
      {
        title: undefined,
        locations: '\n  - city: 杭洲市',
        corrections: '\n  - from: 甲\n    to: 不在正文里',
      },
      [
        { field: 'title', message: /缺少标题/ },
        { field: 'locations[0].city', message: /杭洲市.*杭州市/ },
        { field: 'corrections[0].to', message: /不在正文里/ },
      ],
    );
  });
});

describe('checkContent and loadContent on folders', () => {
  it('reports a missing folder as a problem instead of throwing', () => {
    const missing = '/tmp/content-test-does-not-exist-4f1c';
    expect(checkContent(missing).problems).toEqual([
      { file: missing, field: '(folder)', message: expect.stringMatching(/不存在/) },
    ]);
    expect(() => loadContent(missing)).toThrow(ContentError);
  });

  it('reads only .md files, skipping hidden files and folders', () => {
    const dir = writeContentDir({
      [FILE]: articleSource(),
      '2023/12/28/notes.txt': 'not content',
      '2023/12/28/.draft.md': 'broken, but hidden',
      '.git/x.md': 'broken, but hidden',
      'node_modules/pkg/readme.md': 'broken, but ignored',
    });
    tempDirs.push(dir);
    const { articles, problems } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.file)).toEqual([FILE]);
  });

  it('sorts the articles it loads: date descending, then order, then slug', () => {
    const dir = writeContentDir({
      'a.md': articleSource({ slug: 'old', title: '旧', date: '"2023-12-27"', order: '1' }, '旧文。'),
      'b.md': articleSource({ slug: 'b-two', title: '二', order: '2' }, '二文。'),
      'c.md': articleSource({ slug: 'a-none', title: '无序' }, '无序文。'),
      'd.md': articleSource({ slug: 'z-one', title: '一', order: '1' }, '一文。'),
    });
    tempDirs.push(dir);
    expect(loadContent(dir).articles.map((a) => a.slug)).toEqual(['z-one', 'b-two', 'a-none', 'old']);
  });
});
