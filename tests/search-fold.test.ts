import { describe, expect, it } from 'vitest';
import { fold, foldLiteral, foldWithMap, LIT_PAIR, LIT_UNIT, wellFormed } from '../lib/search/fold';
import { parseQuery, LIMITS } from '../lib/search/query';

describe('fold', () => {
  it('maps full-width to half-width and lower-cases (NFKC + lower case)', () => {
    expect(fold('ＡＢＣ１２３ａｂｃ')).toBe('abc123abc');
    expect(fold('GDP Hangzhou')).toBe('gdphangzhou');
    expect(fold('①②')).toBe('12');
  });

  it('converts traditional to simplified (opencc-js)', () => {
    expect(fold('臺州')).toBe('台州');
    expect(fold('台州')).toBe('台州');
    expect(fold('上城區')).toBe('上城区');
    expect(fold('數字化改革')).toBe('数字化改革');
    expect(fold('杭州')).toBe('杭州');
    expect(fold('後來 裏面')).toBe('后来里面');
  });

  it('drops punctuation, quotes, spaces, symbols and emoji', () => {
    expect(fold('“新”聚力，强基！')).toBe('新聚力强基');
    expect(fold('「杭州」『西湖』《报》 — …')).toBe('杭州西湖报');
    expect(fold('a-b_c.d\'e"f')).toBe('abcdef');
    expect(fold('😀🎉 ✓ ©')).toBe('');
    expect(fold('　\t\n ')).toBe('');
  });

  it('keeps astral CJK characters whole', () => {
    expect(fold('𠮷野家')).toBe('𠮷野家');
  });

  it('is idempotent', () => {
    for (const s of ['臺州市黃岩區', 'ＡＢＣ', '㍿', 'İstanbul', '上城区：强基赋能']) {
      expect(fold(fold(s))).toBe(fold(s));
    }
  });

  it('replaces lone surrogates safely', () => {
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormed('\uDC00')).toBe('\uFFFD');
    expect(fold('杭\uD800州')).toBe('杭州');
  });

  it('maps folded positions back to the original', () => {
    const m = foldWithMap('“上城區”，ＡＢ𠮷c');
    expect(m.folded).toBe('上城区ab𠮷c');
    // 區 (original index 3) produced 区 (folded index 2)
    expect(m.start[2]).toBe(3);
    expect(m.end[2]).toBe(4);
    // 𠮷 is two units in both
    expect(m.start[5]).toBe(8);
    expect(m.end[5]).toBe(10);
  });

  it('marks literal units and pairs', () => {
    const { units, lit } = foldLiteral('杭州，區A');
    expect(String.fromCharCode(...units)).toBe('杭州区a');
    expect(lit[0] & LIT_UNIT).toBeTruthy();
    expect(lit[1] & LIT_PAIR).toBeTruthy(); // 杭州 adjacent
    expect(lit[2] & LIT_UNIT).toBeFalsy(); // 區 → 区 is not literal
    expect(lit[3] & LIT_UNIT).toBeFalsy(); // A → a
  });
});

describe('parseQuery', () => {
  it('splits on ASCII and full-width spaces, folds, dedupes', () => {
    expect(parseQuery('上城区 统战　新联会').terms).toEqual(['上城区', '统战', '新联会']);
    expect(parseQuery('  “上城區”  上城区 ').terms).toEqual(['上城区']);
    expect(parseQuery('ＨａｎｇＺｈｏｕ').terms).toEqual(['hangzhou']);
  });

  it('treats regex and SQL metacharacters as text (dropped as punctuation)', () => {
    expect(parseQuery('.*+?^${}()|[]\\').terms).toEqual([]);
    expect(parseQuery("杭州' OR 1=1; DROP TABLE articles; --").terms).toEqual(['杭州', 'or', '11', 'drop', 'table', 'articles']);
  });

  it('reports queries with nothing searchable', () => {
    const p = parseQuery('😀！？');
    expect(p.terms).toEqual([]);
    expect(p.nothingSearchable).toBe(true);
    expect(p.messages.join()).toMatch(/没有可搜索的文字/);
    expect(parseQuery('   ').nothingSearchable).toBe(false);
  });

  it('caps very long queries and many terms, with a message', () => {
    const long = parseQuery('杭'.repeat(10_000));
    expect(long.terms[0].length).toBe(LIMITS.maxQueryChars);
    expect(long.messages.join()).toMatch(/查询过长/);
    const many = parseQuery(Array.from({ length: 20 }, (_, i) => `词${i}`).join(' '));
    expect(many.terms).toHaveLength(LIMITS.maxTerms);
    expect(many.messages.join()).toMatch(/关键词过多/);
  });

  it('never produces lone surrogates when cutting', () => {
    const q = parseQuery('😀'.repeat(150) + '𠮷'.repeat(150));
    for (const t of q.terms) expect(t).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('accepts non-string input without throwing', () => {
    expect(parseQuery(undefined).terms).toEqual([]);
    expect(parseQuery(42).terms).toEqual([]);
  });
});
