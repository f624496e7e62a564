import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../lib/import/blocks';
import { trailingByline, leadingByline } from '../../lib/import/byline';
import { findSuspects } from '../../lib/import/confusions';
import { decodeText } from '../../lib/import/decode';
import { lexicon } from '../../lib/import/lexicon';
import { splitNames } from '../../lib/import/names';
import { tagPlaces } from '../../lib/import/places';
import { normalisePunctuation } from '../../lib/import/punctuation';
import { proposeSlug, proposeTitle } from '../../lib/import/slug';
import { toPage } from '../../lib/import/structure';

const lex = lexicon();

describe('decode', () => {
  it('refuses empty and binary files, reads GB18030 and UTF-8', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, message: '文件为空' });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toMatchObject({ ok: false });
    const gb = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5]); // 中文新闻 in GB18030
    expect(decodeText(gb)).toEqual({ ok: true, text: '中文新闻', encoding: 'GB18030' });
    expect(decodeText(new TextEncoder().encode('中文'))).toEqual({ ok: true, text: '中文', encoding: 'UTF-8' });
  });
});

describe('bylines and names', () => {
  it('splits names printed without spaces by known authors and surnames', () => {
    expect(splitNames('任龙汪靖福', new Set()).names).toEqual(['任龙', '汪靖福']);
    expect(splitNames('倪智海俞琳', new Set(['俞琳']))).toMatchObject({ names: ['倪智海', '俞琳'] });
    expect(splitNames('欧阳文华', new Set()).names).toEqual(['欧阳文华']);
  });
  it('reads trailing and leading bylines with roles', () => {
    expect(trailingByline('已形成系列成果。 (周静 严琰)', new Set())?.byline.authors).toEqual(['周静', '严琰']);
    expect(trailingByline('（下称“余杭分局”）', new Set())).toBeUndefined();
    expect(leadingByline('本报记者 王明 通讯员 李华 张三', new Set())?.authors).toEqual(['王明', '李华', '张三']);
  });
});

describe('OCR look-alikes', () => {
  it('fixes characters that break a word and leaves sound text alone', () => {
    const fixes = (t: string) =>
      findSuspects(lex, t)
        .filter((s) => s.fix)
        .map((s) => `${s.from}>${s.to}`);
    expect(fixes('在兴海路等主于道路新增隔离护栏')).toEqual(['于>干']);
    expect(fixes('开展“敲门人户行动”')).toEqual(['人>入']);
    expect(fixes('书写生态环境新答券。')).toEqual(['券>卷']);
    expect(fixes('护航生态环∞。')).toEqual(['∞>境']);
    expect(fixes('“太好啦，终于可以开始施工了。”该项目于今年5月完成，位于城东。')).toEqual([]);
  });
});

describe('text', () => {
  it('normalises punctuation next to Chinese and keeps numbers', () => {
    expect(normalisePunctuation('上城区:强基赋能 凝"新"聚力,达7.05亿元(1,000人)').text).toBe(
      '上城区：强基赋能 凝“新”聚力，达7.05亿元（1,000人）',
    );
  });
  it('tags places as an editor would', () => {
    expect(
      tagPlaces('岁末年关', ['年关将至。', '温州市苍南县桥墩镇开展活动。苍南县…', '12月5日，金华市金东区上演。金东区消防…']),
    ).toEqual([
      { city: '温州市', district: '苍南县' },
      { city: '金华市', district: '金东区' },
    ]);
    expect(tagPlaces('治堵', ['舟山市嵊泗交警大队…嵊泗交警'])).toEqual([{ city: '舟山市', district: '嵊泗县' }]);
  });
  it('proposes unique slugs and titles for briefs', () => {
    const taken = new Set(['qingnuan-dongri']);
    expect(proposeSlug(lex, '情暖冬日', taken)).toMatch(/^[a-z0-9-]+$/);
    expect(proposeSlug(lex, '情暖冬日', taken)).not.toBe(proposeSlug(lex, '情暖冬日', taken));
    expect(proposeTitle('近日，2023年中国海洋经济人才峰会——智慧海洋分论坛开幕式在定海举行。本次…')).toBe(
      '智慧海洋分论坛开幕式在定海举行',
    );
  });
});

describe('structure', () => {
  it('finds series, articles and a brief without headline', () => {
    const page = toPage(
      toBlocks(
        '### 专题标题\n\n专题导语。\n\n#### 第一篇\n\n正文一。 (周静 严琰)\n\n无标题短讯正文。 (朱琰星)\n\n#### 第二篇\n\n正文二。(李昕俞琳)\n',
      ),
      new Set(),
    );
    expect(page.series.map((s) => s.title)).toEqual(['专题标题']);
    expect(page.articles.map((a) => [a.title, a.byline?.authors.join(' ')])).toEqual([
      ['第一篇', '周静 严琰'],
      [undefined, '朱琰星'],
      ['第二篇', '李昕 俞琳'],
    ]);
  });
});
