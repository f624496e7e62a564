import { describe, expect, it } from 'vitest';
import { editionFilterTarget } from '../lib/content/edition-filter';
import { loadContent } from '../lib/content/load';
import { clipEcho } from '../lib/site/format';
import { editionUrl } from '../lib/site/routes';

const content = loadContent();

describe('editionUrl', () => {
  it('names a day, a city of that day and a district of that city', () => {
    expect(editionUrl('2023-12-28')).toBe('/archive/2023/12/28');
    expect(editionUrl('2023-12-28', 'hangzhou')).toBe('/archive/2023/12/28/hangzhou');
    expect(editionUrl('2023-12-28', 'hangzhou', 'fuyang')).toBe('/archive/2023/12/28/hangzhou/fuyang');
  });
});

describe('editionFilterTarget (old ?city= links)', () => {
  it('keeps a known city and district, on the latest edition when no date is given', () => {
    expect(editionFilterTarget(content, { city: 'hangzhou', district: 'fuyang' })).toBe('/archive/2023/12/28/hangzhou/fuyang');
    expect(editionFilterTarget(content, { city: 'HangZhou' })).toBe('/archive/2023/12/28/hangzhou');
  });

  it('finds the city of a district given alone', () => {
    expect(editionFilterTarget(content, { district: 'dinghai' })).toBe('/archive/2023/12/28/zhoushan/dinghai');
  });

  it('drops what the gazetteer does not know instead of echoing it', () => {
    expect(editionFilterTarget(content, { city: '<script>' })).toBe('/archive/2023/12/28');
    expect(editionFilterTarget(content, { city: 'hangzhou', district: 'xiacheng' })).toBe('/archive/2023/12/28/hangzhou');
  });

  it('ignores a date without a paper', () => {
    expect(editionFilterTarget(content, { date: '1999-01-01', city: 'hangzhou' })).toBe('/archive/2023/12/28/hangzhou');
  });
});

describe('clipEcho', () => {
  it('cuts at code points, never inside an emoji', () => {
    expect(clipEcho('字😀😀', 2)).toBe('字😀…');
    expect(clipEcho('字😀', 2)).toBe('字😀');
  });

  it('removes control characters and lone surrogates', () => {
    expect(clipEcho('a\u0000b\u001b[31m\u007f\ud800c', 10)).toBe('ab[31mc');
  });

  it('caps a long echo', () => {
    expect(Array.from(clipEcho('字'.repeat(15_000), 400))).toHaveLength(401);
  });
});
