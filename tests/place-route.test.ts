import { describe, expect, it } from 'vitest';
import { resolvePlaceRoute, type PlaceRoute } from '@/lib/places/route';
import { predecessorsOf } from '@/lib/places/former';

const target = (r: PlaceRoute) => (r.kind === 'redirect' ? [r.to.citySlug, r.to.districtSlug].filter(Boolean).join('/') : r.kind);

describe('resolvePlaceRoute', () => {
  it('accepts canonical slugs as they are', () => {
    expect(resolvePlaceRoute({ city: 'hangzhou' }).kind).toBe('ok');
    expect(resolvePlaceRoute({ city: 'ningbo', district: 'qianwan' }).kind).toBe('ok');
  });

  it.each([
    [{ city: '杭州' }, 'hangzhou'],
    [{ city: '杭州市' }, 'hangzhou'],
    [{ city: encodeURIComponent('杭州') }, 'hangzhou'],
    [{ city: 'Hangzhou' }, 'hangzhou'],
    [{ city: 'ＨＡＮＧＺＨＯＵ' }, 'hangzhou'],
    [{ city: 'hangzhou', district: '上城区' }, 'hangzhou/shangcheng'],
    [{ city: '杭州', district: 'Fuyang' }, 'hangzhou/fuyang'],
    [{ city: 'hangzhou', district: 'xiacheng' }, 'hangzhou/gongshu'],
    [{ city: 'hangzhou', district: '下城区' }, 'hangzhou/gongshu'],
    [{ city: 'ningbo', district: 'jiangdong' }, 'ningbo/yinzhou'],
  ])('redirects %j to its one right answer', (segments, to) => {
    expect(target(resolvePlaceRoute(segments))).toBe(to);
  });

  it('suggests both successors of a split district instead of picking one', () => {
    const r = resolvePlaceRoute({ city: 'hangzhou', district: 'jianggan' });
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.message).toBe('杭州市江干区已于 2021 年撤销，原辖区现分属上城区和钱塘区。');
    expect(r.suggestions.map((s) => s.label)).toEqual(['杭州市上城区', '杭州市钱塘区']);
  });

  it('suggests the closest places for names it cannot resolve, without echoing long input', () => {
    const typo = resolvePlaceRoute({ city: 'hangzou' });
    expect(typo.kind === 'unknown' && typo.suggestions.map((s) => s.label)).toEqual(['杭州市']);
    const misplaced = resolvePlaceRoute({ city: 'ningbo', district: 'fuyang' });
    expect(misplaced.kind === 'unknown' && misplaced.suggestions.map((s) => s.label)).toEqual(['杭州市富阳区', '宁波市']);
    const far = resolvePlaceRoute({ city: 'beijing' });
    expect(far.kind === 'unknown' && far.suggestions).toEqual([]);
    const long = resolvePlaceRoute({ city: 'x'.repeat(500) });
    expect(long.kind === 'unknown' && long.message.length).toBeLessThan(40);
    expect(resolvePlaceRoute({ city: '%E5%91' }).kind).toBe('unknown');
  });

  it('knows which districts absorbed abolished ones', () => {
    expect(predecessorsOf('hangzhou', 'gongshu').map((f) => f.name)).toEqual(['下城区']);
    expect(predecessorsOf('hangzhou', 'qiantang').map((f) => f.name)).toEqual(['江干区']);
    expect(predecessorsOf('hangzhou', 'xihu')).toEqual([]);
  });
});
