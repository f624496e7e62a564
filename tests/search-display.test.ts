import { describe, expect, it } from 'vitest';
import { facetOvercount, joinCjkSpaces, quotedQuery } from '@/lib/site/search-display';
import { pinyinPlaces } from '@/lib/places/pinyin';

describe('quotedQuery', () => {
  it.each([
    ['网格', '“网格”'],
    ['"网格"', '“网格”'],
    ['“网格”', '“网格”'],
    ['「网格」', '“网格”'],
    [' "网格 议事" ', '“网格 议事”'],
    ['"', '“"”'],
    ['"网格', '“"网格”'],
    ['上城区：强基赋能 凝“新”聚力', '“上城区：强基赋能 凝“新”聚力”'],
  ])('%s → %s', (q, shown) => expect(quotedQuery(q)).toBe(shown));
});

describe('joinCjkSpaces', () => {
  it('drops the space that joined two Chinese paragraphs, around marks too', () => {
    expect(joinCjkSpaces('完成议事。 社区<mark>网格</mark>')).toBe('完成议事。社区<mark>网格</mark>');
    expect(joinCjkSpaces('议事。</mark> <mark>网格')).toBe('议事。</mark><mark>网格');
    expect(joinCjkSpaces('一 二 三')).toBe('一二三');
  });
  it('keeps spaces next to Latin letters and digits', () => {
    expect(joinCjkSpaces('投入 1800 万元，AI 技术 Smart City')).toBe('投入 1800 万元，AI 技术 Smart City');
  });
});

describe('facetOvercount', () => {
  it('is the facet sum only when an article is counted under two cities', () => {
    expect(facetOvercount(2, [{ count: 2 }, { count: 1 }])).toBe(3);
    expect(facetOvercount(3, [{ count: 2 }, { count: 1 }])).toBeNull();
  });
  it('is null under a place filter, where the facets count the whole query and the total does not', () => {
    expect(facetOvercount(0, [{ count: 1 }, { count: 1 }, { count: 1 }], { filtered: true })).toBeNull();
  });
});

describe('pinyinPlaces', () => {
  it('names the place a whole slug stands for', () => {
    expect(pinyinPlaces(['fuyang'])).toEqual([{ term: 'fuyang', names: ['富阳区'] }]);
    expect(pinyinPlaces(['hangzhou', '网格'])).toEqual([{ term: 'hangzhou', names: ['杭州市'] }]);
  });
  it('ignores prefixes, initials and Chinese terms', () => {
    expect(pinyinPlaces(['hang', 'hz', '富阳', 'fu yang'])).toEqual([]);
  });
});
