import { beforeAll, describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/cn2t';
import { buildIndex, countMatches, matchIds, search, type SearchIndex } from '../lib/search/index';
import { buildScanIndex, scanSearch, type ScanIndex } from '../lib/search/reference/scan';
import { toSearchDocument, type SearchDocument, type SearchPlace } from '../lib/search/document';
import type { SearchParams, SearchResult } from '../lib/search/text/query';
import { loadContent } from '../lib/content/load';
import { cities } from '../lib/places/gazetteer';
import { generateArticles, mulberry32, sourceFromArticles } from '../scripts/lib/synthetic/generate';

// Small hand-made documents.
const hz = (district: string | null, districtShort: string | null, districtSlug: string | null): SearchPlace => ({
  city: '杭州市',
  cityShort: '杭州',
  citySlug: 'hangzhou',
  district,
  districtShort,
  districtSlug,
});
const shangcheng = hz('上城区', '上城', 'shangcheng');
const fuyang = hz('富阳区', '富阳', 'fuyang');
const xihu = hz('西湖区', '西湖', 'xihu');
const ningbo: SearchPlace = {
  city: '宁波市',
  cityShort: '宁波',
  citySlug: 'ningbo',
  district: '鄞州区',
  districtShort: '鄞州',
  districtSlug: 'yinzhou',
};
const taizhou: SearchPlace = {
  city: '台州市',
  cityShort: '台州',
  citySlug: 'taizhou',
  district: null,
  districtShort: null,
  districtSlug: null,
};

let counter = 0;
function doc(partial: Partial<SearchDocument> & { id: string }): SearchDocument {
  counter++;
  return {
    title: `标题${counter}`,
    summary: '',
    text: '',
    authors: ['记者'],
    places: [shangcheng],
    date: '2023-01-01',
    ...partial,
  };
}

const fixtures: SearchDocument[] = [
  doc({
    id: 'shangcheng-qiangji',
    title: '上城区：强基赋能 凝“新”聚力',
    summary: '上城区推进新的社会阶层人士统战工作创新实践。',
    text: '今年以来，杭州市上城区立足丰厚的资源禀赋，守正创新、扩面提质。\n\n上城区实施思想政治引领行动，组织赴衢州开化县举办培训班。',
    authors: ['周静', '严琰'],
    places: [shangcheng],
    date: '2023-12-28',
  }),
  doc({
    id: 'fuyang-xiaofang',
    title: '“童”行消防 防火消灾',
    summary: '富阳区消防救援大队走进校园。',
    text: '富阳区消防救援大队开展消防安全宣传，孩子们学习火灾逃生知识。消防员演示灭火器的使用方法。',
    authors: ['李明'],
    places: [fuyang],
    date: '2023-12-20',
  }),
  doc({
    id: 'taizhou-traditional',
    title: '臺州：數字化改革',
    summary: '臺州市推進數字化改革。',
    text: '臺州市黃岩區推進數字化改革，區裏的ＡＰＰ上線了。ＧＤＰ增長６．５％。',
    authors: ['王芳'],
    places: [taizhou],
    date: '2023-11-01',
  }),
  doc({
    id: 'ningbo-haiyang',
    title: '智慧海洋论坛在鄞州举行',
    summary: '论坛聚焦海洋经济。',
    text: '宁波市鄞州区举办智慧海洋论坛，专家围绕“海洋经济、数字治理”展开讨论。杭州的企业也参加了论坛。',
    authors: ['陈洁'],
    places: [ningbo],
    date: '2023-10-10',
  }),
  doc({
    id: 'xihu-emoji',
    title: 'Hangzhou West Lake 西湖夜游 😀',
    summary: '西湖景区推出夜游线路 <新>。',
    text: '西湖景区推出夜游线路 & 灯光秀，游客说："太美了"😀。𠮷野家也开了新店。Tom & Jerry <script>alert(1)</script>',
    authors: ['张伟'],
    places: [xihu],
    date: '2023-09-09',
  }),
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

function ids(r: SearchResult): string[] {
  return r.hits.map((h) => h.id);
}

describe('engine basics (fixtures)', () => {
  let ix: SearchIndex;
  beforeAll(() => {
    ix = buildIndex(fixtures);
  });

  it('finds place names whole, never split by a segmenter', () => {
    expect(ids(search(ix, { q: '上城区' }))).toEqual(['shangcheng-qiangji']);
    expect(search(ix, { q: '城区' }).total).toBe(1);
  });

  it('requires every term', () => {
    expect(ids(search(ix, { q: '消防 富阳' }))).toEqual(['fuyang-xiaofang']);
    expect(search(ix, { q: '消防 上城区' }).total).toBe(0);
  });

  it('matches traditional, full-width and upper-case text with simplified/half-width queries and back', () => {
    expect(ids(search(ix, { q: '台州' }))).toEqual(['taizhou-traditional']);
    expect(ids(search(ix, { q: '臺州' }))).toEqual(['taizhou-traditional']);
    expect(ids(search(ix, { q: '黄岩区' }))).toEqual(['taizhou-traditional']);
    expect(ids(search(ix, { q: 'app' }))).toEqual(['taizhou-traditional']);
    expect(ids(search(ix, { q: 'gdp增长65' }))).toEqual(['taizhou-traditional']);
    expect(ids(search(ix, { q: '区里的app上线了' }))).toEqual(['taizhou-traditional']);
    expect(ids(search(ix, { q: '上城區' }))).toEqual(['shangcheng-qiangji']);
  });

  it('ignores quotes and punctuation in the query and across the text', () => {
    expect(ids(search(ix, { q: '“凝新聚力”' }))).toEqual(['shangcheng-qiangji']);
    expect(ids(search(ix, { q: '凝“新”聚力' }))).toEqual(['shangcheng-qiangji']);
    // 禀赋，守正 → 禀赋守正 across the comma
    expect(ids(search(ix, { q: '禀赋守正' }))).toEqual(['shangcheng-qiangji']);
    // across paragraphs too (punctuation and breaks are not characters)
    expect(ids(search(ix, { q: '扩面提质上城区' }))).toEqual(['shangcheng-qiangji']);
  });

  it('does not match across field boundaries', () => {
    // title ends with 聚力, summary starts with 上城区
    expect(search(ix, { q: '聚力上城区' }).total).toBe(0);
    // authors are separate fields
    expect(ids(search(ix, { q: '周静' }))).toEqual(['shangcheng-qiangji']);
    expect(search(ix, { q: '周静严琰' }).total).toBe(0);
  });

  it('searches authors and place names (full and short)', () => {
    expect(ids(search(ix, { q: '严琰' }))).toEqual(['shangcheng-qiangji']);
    expect(ids(search(ix, { q: '鄞州区' }))).toEqual(['ningbo-haiyang']);
    expect(ids(search(ix, { q: '富阳' }))).toEqual(['fuyang-xiaofang']);
  });

  it('answers 1-character queries exactly', () => {
    const r = search(ix, { q: '消' });
    expect(ids(r)).toEqual(['fuyang-xiaofang']);
    expect(search(ix, { q: '城' }).total).toBe(1);
    expect(search(ix, { q: '𠮷' }).total).toBe(1);
  });

  it('matches toneless pinyin of place slugs', () => {
    expect(ids(search(ix, { q: 'shangcheng' }))).toEqual(['shangcheng-qiangji']);
    expect(ids(search(ix, { q: 'fuyang' }))).toEqual(['fuyang-xiaofang']);
    expect(ids(search(ix, { q: 'FuYang' }))).toEqual(['fuyang-xiaofang']);
    const hz = search(ix, { q: 'hangzhou' });
    // the three Hangzhou articles by place, and none else (the Ningbo one only mentions 杭州 in Chinese)
    expect(new Set(ids(hz))).toEqual(new Set(['shangcheng-qiangji', 'fuyang-xiaofang', 'xihu-emoji']));
    expect(ids(search(ix, { q: 'yinzhou 论坛' }))).toEqual(['ningbo-haiyang']);
    // a slug matches places only, not a prefix of one
    expect(search(ix, { q: 'shang' }).total).toBe(0);
  });

  it('filters by city and district (name, short name or slug) and lists a place for an empty query', () => {
    for (const city of ['杭州市', '杭州', 'hangzhou', 'HANGZHOU', '杭州市 ']) {
      expect(new Set(ids(search(ix, { q: '', city })))).toEqual(new Set(['shangcheng-qiangji', 'fuyang-xiaofang', 'xihu-emoji']));
    }
    expect(ids(search(ix, { q: '', city: '杭州', district: '富阳区' }))).toEqual(['fuyang-xiaofang']);
    expect(ids(search(ix, { q: '', district: 'fuyang' }))).toEqual(['fuyang-xiaofang']);
    expect(ids(search(ix, { q: '', district: '上城' }))).toEqual(['shangcheng-qiangji']);
    // an empty query with a filter lists newest first
    expect(ids(search(ix, { q: '', city: 'hangzhou' }))).toEqual(['shangcheng-qiangji', 'fuyang-xiaofang', 'xihu-emoji']);
    expect(search(ix, { q: '杭州', city: 'ningbo' }).total).toBe(1);
    expect(search(ix, { q: '杭州', city: 'ningbo', district: '上城区' }).total).toBe(0);
  });

  it('reports unknown places instead of silently ignoring them', () => {
    const r = search(ix, { q: '杭州', city: '北京' });
    expect(r.total).toBe(0);
    expect(r.message).toMatch(/北京/);
  });

  it('computes facets: cities before the city filter, districts after it', () => {
    const r = search(ix, { q: '杭州', city: 'hangzhou' });
    // 杭州 occurs in the Ningbo article's text and in the Hangzhou articles' place names
    expect(r.facets.cities.map((c) => [c.slug, c.count])).toEqual([
      ['hangzhou', 3],
      ['ningbo', 1],
    ]);
    expect(r.total).toBe(3);
    expect(r.facets.districts.every((d) => d.citySlug === 'hangzhou')).toBe(true);
    expect(r.facets.districts.map((d) => d.slug).sort()).toEqual(['fuyang', 'shangcheng', 'xihu']);
    expect(r.facets.cities[0]).toEqual({ slug: 'hangzhou', name: '杭州市', count: 3 });
  });

  it('paginates with offset and limit', () => {
    const all = search(ix, { q: '', city: 'hangzhou', limit: 100 });
    const page = search(ix, { q: '', city: 'hangzhou', offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(ids(page)).toEqual([all.hits[1].id]);
    expect(search(ix, { q: '', city: 'hangzhou', offset: -5, limit: 0 }).hits).toHaveLength(1);
    expect(search(ix, { q: '', city: 'hangzhou', offset: Number.NaN, limit: Number.POSITIVE_INFINITY }).hits).toHaveLength(3);
  });
});

describe('ranking', () => {
  const base = { authors: ['某人'], places: [shangcheng], summary: '' };
  const rankDocs: SearchDocument[] = [
    doc({ ...base, id: 'body-old', title: '其他新闻', text: '这里提到了西湖景区。', date: '2020-01-01' }),
    doc({ ...base, id: 'body-new', title: '其他消息', text: '这里也提到了西湖景区。', date: '2023-01-01' }),
    doc({ ...base, id: 'body-many', title: '另一条', text: '西湖景区，西湖景区，还是西湖景区。', date: '2019-01-01' }),
    doc({ ...base, id: 'summary', title: '一条消息', summary: '西湖景区的摘要', text: '正文。', date: '2018-01-01' }),
    doc({ ...base, id: 'title', title: '西湖景区迎来游客高峰', text: '正文。', date: '2017-01-01' }),
    doc({ ...base, id: 'exact', title: '西湖景区', text: '正文。', date: '2016-01-01' }),
    doc({ ...base, id: 'a-same-day', title: '同日甲', text: '西湖景区。', date: '2021-05-05' }),
    doc({ ...base, id: 'b-same-day', title: '同日乙', text: '西湖景区。', date: '2021-05-05' }),
  ];
  let ix: SearchIndex;
  let scan: ScanIndex;
  beforeAll(() => {
    ix = buildIndex(rankDocs);
    scan = buildScanIndex(rankDocs);
  });

  it('ranks exact title, then title, summary, body; more hits first; then newest, then slug', () => {
    const r = search(ix, { q: '西湖景区' });
    expect(ids(r)).toEqual(['exact', 'title', 'summary', 'body-many', 'body-new', 'a-same-day', 'b-same-day', 'body-old']);
    expect(r).toEqual(scanSearch(scan, { q: '西湖景区' }));
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('treats an exact title query with spaces and punctuation as exact', () => {
    expect(ids(search(ix, { q: '“西湖 景区”' }))[0]).toBe('exact');
  });

  it('ranks closer terms above distant ones', () => {
    const close = doc({
      ...base,
      id: 'close',
      title: '甲',
      text: '杭州亚运会开幕。' + '其他内容。'.repeat(40),
      date: '2000-01-01',
    });
    const far = doc({
      ...base,
      id: 'far',
      title: '乙',
      text: '杭州。' + '其他内容。'.repeat(40) + '亚运会。',
      date: '2022-01-01',
    });
    const i2 = buildIndex([far, close]);
    expect(ids(search(i2, { q: '杭州 亚运会' }))).toEqual(['close', 'far']);
    expect(search(i2, { q: '杭州 亚运会' })).toEqual(scanSearch(buildScanIndex([far, close]), { q: '杭州 亚运会' }));
  });
});

describe('snippets', () => {
  let ix: SearchIndex;
  beforeAll(() => {
    ix = buildIndex(fixtures);
  });

  it('highlights matched terms with <mark> and escapes everything else', () => {
    const r = search(ix, { q: 'tom jerry' });
    expect(r.total).toBe(1);
    const s = r.hits[0].snippet;
    expect(s).toContain('<mark>Tom</mark> &amp; <mark>Jerry</mark>');
    expect(s).toContain('&lt;script&gt;');
    expect(s).not.toContain('<script>');
    expect(s.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('highlights the original characters of a folded match', () => {
    const s = search(ix, { q: '黄岩区' }).hits[0].snippet;
    expect(s).toContain('<mark>黃岩區</mark>');
    const app = search(ix, { q: 'app上线' }).hits[0].snippet;
    expect(app).toContain('<mark>ＡＰＰ上線</mark>');
  });

  it('never cuts a surrogate pair and marks cuts with …', () => {
    const long = doc({
      id: 'long',
      title: '长文',
      text: '𠮷😀'.repeat(100) + '西湖夜游' + '😀𠮷'.repeat(100),
      places: [xihu],
    });
    const r = search(buildIndex([long]), { q: '西湖夜游' });
    const s = r.hits[0].snippet;
    expect(s).toContain('<mark>西湖夜游</mark>');
    expect(s).not.toMatch(LONE_SURROGATE);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    const visible = Array.from(s.replace(/<\/?mark>/g, ''));
    expect(visible.length).toBeGreaterThanOrEqual(80);
    expect(visible.length).toBeLessThanOrEqual(125);
  });

  it('falls back to the summary or the start of the text when the body has no match', () => {
    const r = search(ix, { q: '周静' });
    expect(r.hits[0].snippet).not.toContain('<mark>');
    expect(r.hits[0].snippet.length).toBeGreaterThan(10);
  });
});

describe('bad input', () => {
  let ix: SearchIndex;
  let scan: ScanIndex;
  beforeAll(() => {
    ix = buildIndex(fixtures);
    scan = buildScanIndex(fixtures);
  });
  const cases: [string, SearchParams][] = [
    ['empty', { q: '' }],
    ['whitespace', { q: ' \t　\n ' }],
    ['one character', { q: '城' }],
    ['10 000 characters', { q: '上城区'.repeat(3334) }],
    ['10 000 terms', { q: '上 '.repeat(5000) }],
    ['emoji', { q: '😀🎉' }],
    ['emoji and text', { q: '西湖😀' }],
    ['regex metacharacters', { q: '.*(a|b)+[^x]\\d{2,}$' }],
    ['SQL', { q: "'; DROP TABLE articles; -- 杭州" }],
    ['lone surrogates', { q: '杭\uD800州 \uDC00' }],
    ['NUL and controls', { q: '\u0000\u0001杭州\u007f' }],
    ['bad filter types', { q: '杭州', city: '\uD800', district: '😀' }],
  ];
  for (const [name, params] of cases) {
    it(`answers ${name} without throwing, like the scan`, () => {
      const r = search(ix, params);
      expect(r).toEqual(scanSearch(scan, params));
      expect(JSON.stringify(r)).not.toMatch(LONE_SURROGATE);
    });
  }

  it('explains empty and unsearchable queries', () => {
    expect(search(ix, { q: '' }).message).toMatch(/请输入/);
    expect(search(ix, { q: '😀' }).message).toMatch(/没有可搜索的文字/);
    expect(search(ix, { q: '上城区'.repeat(3334) }).message).toMatch(/查询过长/);
    expect(search(ix, { q: '杭\uD800州' }).terms).toEqual(['杭州']);
  });

  it('survives garbage documents', () => {
    const weird = buildIndex([
      doc({ id: 'w1', title: '\uD800', summary: '\uDFFF', text: '', authors: [], places: [] }),
      doc({ id: 'w2', title: '', summary: '', text: '😀'.repeat(1000), authors: ['\u0000'], places: [ningbo, ningbo] }),
    ]);
    expect(search(weird, { q: '宁波' }).total).toBe(1);
    expect(search(weird, { q: '\uFFFD' }).total).toBe(0);
  });
});

describe('long terms: chained n-grams, repeated runs, folding across punctuation', () => {
  const base = { authors: ['某人'], places: [shangcheng], summary: '' };
  // Where runs of a phrase repeat in a doc, n-gram statistics alone cannot tell whether the whole
  // phrase occurs (run-has and run-not have the same n-grams up to length 9): only positions can.
  const filler = '其他内容。'.repeat(17000); // over 65 535 folded units: positions do not fit 16 bits
  const runDocs: SearchDocument[] = [
    doc({
      ...base,
      id: 'run-has',
      title: '甲',
      text: '甲三方协同小区治理乙。后来，引领三方协同小区治理新要求。',
      date: '2023-01-01',
    }),
    doc({
      ...base,
      id: 'run-not',
      title: '乙',
      text: '引领三方协同小区治理乙。后来，甲三方协同小区治理新要求。',
      date: '2023-01-02',
    }),
    doc({
      ...base,
      id: 'run-twice',
      title: '丙',
      text: '引领三方协同小区治理新要求，再次引领三方协同小区治理新要求。',
      date: '2023-01-03',
    }),
    doc({ ...base, id: 'run-thrice', title: '丁', text: '引领三方协同小区治理新要求'.repeat(3), date: '2023-01-04' }),
    doc({ ...base, id: 'run-all-repeat', title: '戊', text: '协同小区协同小区协同小区治理', date: '2023-01-05' }),
    doc({
      ...base,
      id: 'cross-punct',
      title: '己',
      text: '设热潮。\n\n余杭分局；设热潮，余杭分局。设热潮余杭',
      date: '2023-01-06',
    }),
    doc({
      ...base,
      id: 'lede',
      title: '庚',
      summary: '引领三方协同小区治理新要求。',
      text: '引领三方协同小区治理新要求。其他内容。',
      date: '2023-01-07',
    }),
    doc({ ...base, id: 'in-title', title: '引领三方协同小区治理新要求', text: '正文。', date: '2023-01-08' }),
    doc({ ...base, id: 'long', title: '辛', text: `引领三方协同小区${filler}引领三方协同小区治理新要求`, date: '2023-01-09' }),
    doc({
      ...base,
      id: 'long-not',
      title: '壬',
      text: `甲三方协同小区治理新要求${filler}引领三方协同小区治理乙`,
      date: '2023-01-10',
    }),
  ];
  const queries = [
    '引领三方协同小区治理新要',
    '三方协同小区治理新',
    '引领三方协同小区治理',
    '甲三方协同小区治理乙',
    '协同小区协同小区治理',
    '小区协同小区协同',
    '设热潮余杭分局',
    '设热潮。余杭分局',
    '热潮余杭',
    '治理新要求 引领三方',
    '新要求引领三方协同小区',
  ];
  for (const options of [
    { frequent: 1 },
    { frequent: 1, maxGram: 4 },
    { frequent: 1, maxGram: 5 },
    { frequent: 2, maxGram: 3 },
    {},
  ]) {
    it(`agrees with the scan, counts and order included (${JSON.stringify(options)})`, () => {
      const ix = buildIndex(runDocs, options);
      const scan = buildScanIndex(runDocs);
      for (const q of queries) expect(search(ix, { q, limit: 20 }), q).toEqual(scanSearch(scan, { q, limit: 20 }));
    });
  }

  it('tells the ambiguous runs apart', () => {
    const ix = buildIndex(runDocs, { frequent: 1 });
    const found = new Set(ids(search(ix, { q: '引领三方协同小区治理新要', limit: 20 })));
    expect(found).toEqual(new Set(['run-has', 'run-twice', 'run-thrice', 'lede', 'in-title', 'long']));
  });
});

// ---------------------------------------------------------------------------------------------
// The correctness property: the engine returns exactly what the substring scan returns.

function corpus(): SearchDocument[] {
  const { articles } = loadContent();
  const synthetic = generateArticles({ source: sourceFromArticles(articles), cities, count: 1200, seed: 42 }).map((a) =>
    toSearchDocument(a),
  );
  // Variants that exercise folding on the document side: traditional script, full-width and
  // upper-case Latin and digits, extra punctuation.
  const rand = mulberry32(7);
  const variants = synthetic.map((d, i) => {
    const r = rand();
    if (r < 0.1) return { ...d, text: toTraditional(d.text), title: toTraditional(d.title) };
    if (r < 0.15) {
      return {
        ...d,
        text: d.text.replace(/[0-9a-z]/gi, (c) => String.fromCharCode(c.toUpperCase().charCodeAt(0) + 0xfee0)),
      };
    }
    if (r < 0.2) return { ...d, text: d.text.replace(/(.)(.)/gu, '$1，$2'), id: `${d.id}-p${i}` };
    return d;
  });
  return [...fixtures, ...variants];
}

function randomQueries(docs: SearchDocument[], count: number, seed: number): SearchParams[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const piece = (len: number) => {
    const d = pick(docs);
    const field = rand() < 0.8 ? d.text : rand() < 0.5 ? d.title : d.summary;
    const chars = Array.from(field);
    const at = Math.floor(rand() * Math.max(1, chars.length - len));
    return chars.slice(at, at + len).join('');
  };
  const out: SearchParams[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rand();
    let q: string;
    if (kind < 0.15) q = piece(1);
    else if (kind < 0.55) q = piece(2 + Math.floor(rand() * 3));
    else if (kind < 0.7) q = piece(5 + Math.floor(rand() * 12));
    else if (kind < 0.85) q = `${piece(2 + Math.floor(rand() * 2))} ${piece(1 + Math.floor(rand() * 4))}`;
    else if (kind < 0.9) q = pick(['hangzhou', 'shangcheng', 'fuyang', 'ningbo', 'wenzhou', 'xihu', 'yuhang']);
    else if (kind < 0.95) q = piece(3) + '不存在的词';
    else q = `${piece(2)} ${piece(2)} ${piece(2)}`;
    const params: SearchParams = { q };
    const f = rand();
    const d = pick(docs);
    const p = d.places[0];
    if (p && f < 0.15) params.city = pick([p.city, p.cityShort, p.citySlug]);
    else if (p && p.districtSlug && f < 0.25) {
      params.city = p.citySlug;
      params.district = pick([p.district as string, p.districtSlug]);
    }
    if (rand() < 0.1) params.offset = Math.floor(rand() * 30);
    out.push(params);
  }
  return out;
}

describe('engine = substring scan (randomised)', () => {
  const docs = corpus();
  const scan = buildScanIndex(docs);
  const queries = randomQueries(docs, 400, 2024);

  for (const options of [{}, { frequent: 2, maxGram: 5 }, { frequent: 40, maxGram: 3 }]) {
    it(`same articles, ranking, snippets and facets for ${queries.length} queries (${JSON.stringify(options)})`, () => {
      const ix = buildIndex(docs, options);
      let nonEmpty = 0;
      for (const params of queries) {
        const a = search(ix, params);
        const b = scanSearch(scan, params);
        if (b.total > 0) nonEmpty++;
        expect(a, JSON.stringify(params)).toEqual(b);
      }
      // The property is only interesting if most queries find something.
      expect(nonEmpty).toBeGreaterThan(queries.length * 0.6);
    });
  }

  for (const options of [{ frequent: 3 }, { frequent: 3, maxGram: 4 }]) {
    it(`same results for long phrases, where n-grams chain and repeat (${JSON.stringify(options)})`, () => {
      const ix = buildIndex(docs, options);
      const rand = mulberry32(5);
      let nonEmpty = 0;
      for (let i = 0; i < 150; i++) {
        const d = docs[Math.floor(rand() * docs.length)];
        const field = rand() < 0.8 ? d.text : rand() < 0.5 ? d.summary : d.title;
        const chars = Array.from(field);
        const len = 6 + Math.floor(rand() * 12);
        const at = Math.floor(rand() * Math.max(1, chars.length - len));
        const q = chars.slice(at, at + len).join('');
        const b = scanSearch(scan, { q, limit: 30 });
        if (b.total > 1) nonEmpty++;
        expect(search(ix, { q, limit: 30 }), q).toEqual(b);
      }
      expect(nonEmpty).toBeGreaterThan(50);
    });
  }

  it('finds every article by a phrase of its own text (recall)', () => {
    const ix = buildIndex(docs, { frequent: 2, maxGram: 4 });
    const rand = mulberry32(99);
    for (let i = 0; i < 150; i++) {
      const d = docs[Math.floor(rand() * docs.length)];
      const chars = Array.from(d.text);
      if (chars.length < 12) continue;
      const at = Math.floor(rand() * (chars.length - 10));
      const q = chars.slice(at, at + 3 + Math.floor(rand() * 8)).join('');
      if (!/[\p{L}\p{N}]/u.test(q)) continue;
      const r = search(ix, { q, limit: 100 });
      expect(r.total).toBeGreaterThan(0);
      // Beyond the first page, among every match.
      const all = r.total <= 100 ? ids(r) : matchIds(ix, { q });
      expect(all, q).toContain(d.id);
    }
  });

  it('counts what search totals, with and without place filters, without ranking anything', () => {
    const ix = buildIndex(docs);
    const rand = mulberry32(7);
    const found = new Set<string>();
    const filters = [
      {},
      { city: 'hangzhou' },
      { city: 'hangzhou', district: 'fuyang' },
      { district: 'yinzhou' },
      { city: 'nowhere' },
    ];
    for (let i = 0; i < 100; i++) {
      const d = docs[Math.floor(rand() * docs.length)];
      const chars = Array.from(d.text);
      const at = Math.floor(rand() * Math.max(1, chars.length - 4));
      const q = `${chars.slice(at, at + 2).join('')} ${rand() < 0.3 ? chars.slice(at + 2, at + 4).join('') : ''}`;
      for (const filter of filters) {
        const n = countMatches(ix, { q, ...filter });
        expect(n, q).toBe(search(ix, { q, ...filter }).total);
        if (n > 0) found.add(JSON.stringify(filter));
      }
    }
    // Not a test of zeros: every real filter matched something.
    expect(found.size).toBe(filters.length - 1);
    expect(countMatches(ix, { q: '' })).toBe(0);
    expect(countMatches(ix, { q: '', city: 'hangzhou' })).toBe(search(ix, { q: '', city: 'hangzhou' }).total);
  });
});
