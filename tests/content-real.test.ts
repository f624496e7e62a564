// The real archive in content/: 浙江日报 2023-12-28, page 17 (专刊), reconstructed from OCR.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, loadContent } from '../lib/content/load';
import type { Article } from '../lib/content/schema';
import { articleBySlug } from './helpers/articles';

const CONTENT = fileURLToPath(new URL('../content', import.meta.url));
const { articles, series } = loadContent(CONTENT);
const bySlug = (slug: string): Article => articleBySlug(articles, slug);
const byTitle = (title: string): Article => {
  const a = articles.find((x) => x.title === title);
  if (!a) throw new Error(`no article titled ${title}`);
  return a;
};

const HAN = '\\p{Script=Han}';
/** Text with every “…” quotation removed: a quoted name may contain a space (“宋韵茶事 雅艺春建”). */
const outsideQuotes = (text: string) => text.replace(/“[^”]*”/g, '“”');

// Page order, slug, title, bylines exactly as printed (the "(周静 严琰)" at the end of each article).
const PAGE: { slug: string; title: string; authors: string[]; places: [string, string, string][] }[] = [
  {
    slug: 'shangcheng-qiangji-funeng',
    title: '上城区：强基赋能 凝“新”聚力',
    authors: ['周静', '严琰'],
    places: [['杭州市', '上城区', '330102']],
  },
  {
    slug: 'xiangxian-huigui-zhuqi-shukun',
    title: '乡贤回归 助企纾困',
    authors: ['余明艳'],
    places: [['杭州市', '富阳区', '330111']],
  },
  {
    slug: 'rencai-qiangqu-jinyue-yuanlai',
    title: '人才强区 近悦远来',
    authors: ['陈作枪', '刘丹怡'],
    places: [['杭州市', '西湖区', '330106']],
  },
  {
    slug: 'zhidu-duoguan-qixia',
    title: '治堵多管齐下 序化美化亮化',
    authors: ['周静', '蔡瑶'],
    places: [['舟山市', '嵊泗县', '330922']],
  },
  {
    slug: 'shimin-jianduyuan-huhang-shengtai',
    title: '市民监督员护航生态环境',
    authors: ['鲍雪青', '陈露茜', '朱孙华'],
    places: [['杭州市', '余杭区', '330110']],
  },
  {
    slug: 'xinghuo-jiayuan-xiaoqu-zhili',
    title: '“星火家园”绘就小区治理新场景',
    authors: ['周静', '陈建平'],
    places: [['台州市', '黄岩区', '331003']],
  },
  {
    slug: 'sanfang-xietong-laojiu-xiaoqu',
    title: '三方协同激活老旧小区',
    authors: ['倪智海', '俞琳'],
    places: [['杭州市', '拱墅区', '330105']],
  },
  {
    slug: 'diedai-zhizhi-minsheng',
    title: '迭代智治提升质效为民生',
    authors: ['叶城钢', '夏晓龙', '周静'],
    places: [['杭州市', '富阳区', '330111']],
  },
  {
    slug: 'qingnuan-dongri-aixin-xiangsui',
    title: '情暖冬日 爱心相随',
    authors: ['李昕', '俞琳'],
    places: [['杭州市', '余杭区', '330110']],
  },
  {
    slug: 'suimo-nianguan-fanghuo-xiaozai',
    title: '岁末年关 防火消灾',
    authors: ['刘国征', '罗明昌', '林梦兰'],
    places: [
      ['温州市', '苍南县', '330327'],
      ['金华市', '金东区', '330703'],
    ],
  },
  {
    slug: 'yuan-baotong-jingzhun-zhidu',
    title: '预案保通 精准治堵',
    authors: ['颜启祯', '刘丹怡'],
    places: [['宁波市', '前湾新区', '330200-qianwan']],
  },
  {
    slug: 'zhihui-haiyang-luntan-dinghai',
    title: '智慧海洋分论坛在定海开幕',
    authors: ['朱琰星'],
    places: [['舟山市', '定海区', '330902']],
  },
  {
    slug: 'tongxing-xiaofang-ganen-lanyan',
    title: '“童”行消防 感恩“蓝焰”',
    authors: ['周静', '冯小富'],
    places: [['衢州市', '常山县', '330822']],
  },
  {
    slug: 'shequ-hehuo-gongjian-gongxiang',
    title: '社区合伙 共建共享',
    authors: ['任龙', '汪靖福'],
    places: [['杭州市', '临安区', '330112']],
  },
];

const SERIES_SLUGS = [
  'xinghuo-jiayuan-xiaoqu-zhili',
  'sanfang-xietong-laojiu-xiaoqu',
  'diedai-zhizhi-minsheng',
  'qingnuan-dongri-aixin-xiangsui',
  'suimo-nianguan-fanghuo-xiaozai',
  'yuan-baotong-jingzhun-zhidu',
  'tongxing-xiaofang-ganen-lanyan',
  'shequ-hehuo-gongjian-gongxiang',
];

describe('content/ as a whole', () => {
  it('passes the check with 14 articles and 1 series', () => {
    const result = checkContent(CONTENT);
    expect(result.problems).toEqual([]);
    expect(result.articles).toHaveLength(14);
    expect(result.series).toHaveLength(1);
  });

  it('has the page’s 14 articles in reading order, with their printed titles', () => {
    expect(articles.map((a) => [a.slug, a.title])).toEqual(PAGE.map((p) => [p.slug, p.title]));
    expect(articles.map((a) => a.order)).toEqual(PAGE.map((_, i) => i + 1));
  });

  it('files each article under content/2023/12/28/<slug>.md with url /articles/<slug>', () => {
    for (const a of articles) {
      expect(a.file).toBe(`2023/12/28/${a.slug}.md`);
      expect(a.url).toBe(`/articles/${a.slug}`);
    }
  });

  it('dates every article and its source 2023-12-28, 浙江日报 page 17', () => {
    for (const a of articles) {
      expect(a.date).toBe('2023-12-28');
      expect(a.source).toMatchObject({ publication: '浙江日报', date: '2023-12-28', page: 17 });
    }
  });

  it('has exactly one series, 创新基层治理 开启美丽嬗变, with its intro', () => {
    expect(series).toHaveLength(1);
    const [s] = series;
    expect(s).toMatchObject({
      slug: 'chuangxin-jiceng-zhili',
      title: '创新基层治理 开启美丽嬗变',
      url: '/series/chuangxin-jiceng-zhili',
    });
    expect(s.text.startsWith('加强和创新社会治理')).toBe(true);
    expect(s.text).toContain('提升治理效能。');
  });

  it('puts exactly the 8 articles printed under the series in it', () => {
    const inSeries = articles.filter((a) => a.series !== null);
    expect(inSeries.map((a) => a.slug).sort()).toEqual([...SERIES_SLUGS].sort());
    for (const a of inSeries) expect(a.series).toBe('chuangxin-jiceng-zhili');
  });

  it('marks only the headline-less brief as editorTitle', () => {
    expect(articles.filter((a) => a.editorTitle).map((a) => a.slug)).toEqual(['zhihui-haiyang-luntan-dinghai']);
    expect(bySlug('zhihui-haiyang-luntan-dinghai').editorTitle).toBe(true);
  });
});

describe('bylines', () => {
  it.each(PAGE)('$title is by $authors', ({ slug, authors }) => {
    expect(bySlug(slug).authors).toEqual(authors);
  });

  it('splits bylines printed without a space (倪智海俞琳, 李昕俞琳, 任龙汪靖福)', () => {
    expect(byTitle('三方协同激活老旧小区').authors).toEqual(['倪智海', '俞琳']);
    expect(byTitle('情暖冬日 爱心相随').authors).toEqual(['李昕', '俞琳']);
    expect(byTitle('社区合伙 共建共享').authors).toEqual(['任龙', '汪靖福']);
  });

  it('has only personal names of 2 or 3 Han characters', () => {
    for (const a of articles) for (const name of a.authors) expect(name).toMatch(/^\p{Script=Han}{2,3}$/u);
  });

  // The printed page has 周静 in five bylines: (周静 严琰), (周静 蔡瑶), (周静 陈建平),
  // (叶城钢 夏晓龙 周静) and (周静 冯小富).
  it('credits 周静 on the five articles whose byline has her name', () => {
    const hers = articles.filter((a) => a.authors.includes('周静')).map((a) => a.slug);
    expect(hers).toEqual([
      'shangcheng-qiangji-funeng',
      'zhidu-duoguan-qixia',
      'xinghuo-jiayuan-xiaoqu-zhili',
      'diedai-zhizhi-minsheng',
      'tongxing-xiaofang-ganen-lanyan',
    ]);
  });

  it('credits 俞琳 and 刘丹怡 twice each', () => {
    const count = (name: string) => articles.filter((a) => a.authors.includes(name)).length;
    expect(count('俞琳')).toBe(2);
    expect(count('刘丹怡')).toBe(2);
  });
});

describe('locations', () => {
  it.each(PAGE)('$title is placed in $places', ({ slug, places }) => {
    expect(bySlug(slug).locations.map((l) => [l.city, l.district, l.code])).toEqual(places);
  });

  it('岁末年关 防火消灾 has two locations, 温州市苍南县 and 金华市金东区', () => {
    const a = byTitle('岁末年关 防火消灾');
    expect(a.locations).toHaveLength(2);
    expect(a.locations[0]).toMatchObject({ city: '温州市', district: '苍南县', code: '330327', cityCode: '330300' });
    expect(a.locations[1]).toMatchObject({ city: '金华市', district: '金东区', code: '330703', cityCode: '330700' });
  });

  it('预案保通 resolves to the functional zone 宁波市前湾新区 (slug qianwan)', () => {
    expect(byTitle('预案保通 精准治堵').locations).toEqual([
      {
        city: '宁波市',
        cityShort: '宁波',
        citySlug: 'ningbo',
        cityCode: '330200',
        district: '前湾新区',
        districtShort: '前湾',
        districtSlug: 'qianwan',
        code: '330200-qianwan',
      },
    ]);
  });

  it('names the article’s district in its text (the place is not a guess)', () => {
    for (const a of articles) {
      for (const l of a.locations) expect(a.text).toContain(l.districtShort!);
    }
  });
});

describe('text quality of every article', () => {
  it.each(articles.map((a) => [a.title, a] as const))(
    '%s: no half-width punctuation next to Han, no straight quotes',
    (_t, a) => {
      for (const [what, s] of [
        ['title', a.title],
        ['summary', a.summary],
        ['text', a.text],
      ]) {
        expect(s, what).not.toMatch(new RegExp(`(?<=${HAN})[,;:!?()]|[,;:!?()](?=${HAN})`, 'u'));
        expect(s, what).not.toMatch(/["']/);
      }
    },
  );

  it.each(articles.map((a) => [a.title, a] as const))('%s: no stray spaces between Han characters outside “…”', (_t, a) => {
    expect(outsideQuotes(a.text)).not.toMatch(new RegExp(`${HAN} +${HAN}`, 'u'));
    expect(outsideQuotes(a.summary)).not.toMatch(new RegExp(`${HAN} +${HAN}`, 'u'));
    expect(a.text).not.toMatch(/ {2}|\t|\r|\u3000|\u00a0/);
  });

  it.each(articles.map((a) => [a.title, a] as const))('%s: no OCR debris (∞, ASCII brackets, byline remnants)', (_t, a) => {
    expect(a.text).not.toContain('∞');
    expect(a.text).not.toMatch(/[()]/);
    for (const name of a.authors) {
      expect(a.text).not.toMatch(new RegExp(`[（(][^）)]*${name}`, 'u'));
    }
    // The byline must not survive at the end either, with or without brackets.
    expect(a.text).not.toMatch(new RegExp(`(${a.authors.join('|')})\\s*[）)]?$`, 'u'));
  });

  it.each(articles.map((a) => [a.title, a] as const))(
    '%s: paragraphs are separated by blank lines and each ends a sentence',
    (_t, a) => {
      const paragraphs = a.text.split('\n\n');
      expect(paragraphs.length).toBeGreaterThanOrEqual(1);
      for (const p of paragraphs) {
        expect(p).toBe(p.trim());
        expect(p).not.toContain('\n');
        expect(p).toMatch(/[。！？]”?$/u);
      }
    },
  );

  it('the quoted name in 乡贤回归 keeps its space', () => {
    expect(byTitle('乡贤回归 助企纾困').text).toContain('“宋韵茶事 雅艺春建”');
  });
});

describe('no article spliced into another', () => {
  it('乡贤回归 is whole and has none of 人才强区 in it', () => {
    const x = byTitle('乡贤回归 助企纾困').text;
    expect(x).toContain('投资1800万元的力恒农业牛蛙生态种养基地项目');
    expect(x).not.toContain('西湖区');
    expect(x).not.toContain('人才支撑');
    expect(x).not.toContain('西湖英才');
  });

  it('人才强区 has its opening and the lines that were spliced into 乡贤回归', () => {
    const r = byTitle('人才强区 近悦远来').text;
    expect(r.startsWith('杭州市西湖区大力实施“产业立区”“科创强区”等五大战略')).toBe(true);
    expect(r).toContain('为建设创新创业新天堂提供强有力的人才支撑。');
    expect(r).toContain('深入实施人才强区首位战略，发挥城西科创大走廊东首优势，深化“西湖英才引智工程”。');
    expect(r).toContain('人才队伍创新活力在西湖大地竞相迸发。');
    expect(r).not.toContain('力恒农业');
  });

  it('三方协同 has its two interleaved columns separated back into sentences', () => {
    const s = byTitle('三方协同激活老旧小区').text;
    expect(s).toContain(
      '杭州市拱墅区半山街道辖区内的老旧小区多，有些基础设施陈旧。今年以来，该街道贯彻落实拱墅区党建引领三方协同小区治理新要求',
    );
    expect(s).toContain('曾经业主回家要在小区内转上好几圈才能找到车位，如今居民车辆一进小区大门便会被智能引导入停车位……');
    expect(s).toContain('半山街道专门研究制定了一套统一的老旧小区停车收费管理办法');
  });

  it('no sentence of one article appears in another', () => {
    const sentences = (t: string) =>
      t
        .split(/(?<=[。！？])/u)
        .map((s) => s.trim())
        .filter((s) => Array.from(s).length >= 12);
    for (const a of articles) {
      for (const b of articles) {
        if (a === b) continue;
        for (const s of sentences(a.text)) expect(b.text, `${a.slug} → ${b.slug}`).not.toContain(s);
      }
    }
  });

  it('names no prefecture-level city other than its own (a spliced column would)', () => {
    const cities = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];
    for (const a of articles) {
      const own = new Set(a.locations.map((l) => l.city));
      for (const c of cities) if (!own.has(c)) expect(a.text, `${a.slug} mentions ${c}`).not.toContain(c);
    }
  });
});

describe('corrections', () => {
  const withCorrections = articles.filter((a) => a.corrections.length > 0);

  it('records the OCR fixes that were made', () => {
    expect(withCorrections.map((a) => a.slug).sort()).toEqual(
      [
        'diedai-zhizhi-minsheng',
        'sanfang-xietong-laojiu-xiaoqu',
        'shimin-jianduyuan-huhang-shengtai',
        'suimo-nianguan-fanghuo-xiaozai',
        'yuan-baotong-jingzhun-zhidu',
        'zhidu-duoguan-qixia',
      ].sort(),
    );
    expect(byTitle('治堵多管齐下 序化美化亮化').corrections).toEqual([
      // Existing files name no kind: every recorded fix is our own OCR proofreading.
      { from: '兴海路等主于道路', to: '兴海路等主干道路', note: expect.any(String), kind: 'proofreading' },
    ]);
  });

  it.each(withCorrections.flatMap((a) => a.corrections.map((c) => [a.title, c.from, c.to, a] as const)))(
    '%s: “%s” → “%s” is applied',
    (_t, from, to, a) => {
      expect(a.text).toContain(to);
      // `from` may be a prefix of `to` (a restored final 。): it must not occur outside the corrected spots.
      expect(a.text.split(to).join('\u0000')).not.toContain(from);
      expect(a.title).not.toContain(from);
    },
  );
});
