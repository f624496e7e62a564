import { describe, expect, it } from 'vitest';
import { countLiteralAcrossDropped, fold, foldInto, foldWithMap, wellFormed } from '../lib/search/text/fold';
import { parseQuery, LIMITS } from '../lib/search/text/query';

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
});

describe('foldInto', () => {
  it('writes the units of fold and reports its non-literal units, growing on demand', () => {
    const samples = [
      '臺州市黃岩區推進ＡＰＰ上線，ＧＤＰ增長６．５％',
      '𠮷野家😀 Tom & Jerry',
      '\uD800孤\uDC00',
      'ﷺ①②',
      '',
      '上城区',
    ];
    const unitsOf = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
    for (const text of samples) {
      const units = unitsOf(fold(text));
      // Character by character: the units of a character that does not fold to itself.
      const nonLiteral = Array.from(wellFormed(text)).flatMap((c) => (fold(c) === c ? [] : unitsOf(fold(c))));
      for (const room of [0, 3, 1000]) {
        const box = { units: new Uint16Array(1), count: 0 };
        let out = new Uint16Array(2 + room);
        let end = foldInto(text, out, 2, box);
        while (end < 0) {
          out = new Uint16Array(out.length * 2 + 1);
          end = foldInto(text, out, 2, box);
        }
        expect(Array.from(out.subarray(2, end)), text).toEqual(units);
        expect(Array.from(box.units.subarray(0, box.count)), text).toEqual(nonLiteral);
      }
    }
  });
});

describe('countLiteralAcrossDropped', () => {
  const occurrences = (hay: string, term: string, cap: number) => {
    let n = 0;
    for (let i = hay.indexOf(term); i >= 0 && n < cap; i = hay.indexOf(term, i + 1)) n++;
    return n;
  };

  it('finds a term across punctuation, spaces, line breaks and emoji', () => {
    expect(countLiteralAcrossDropped('禀赋，守正创新', '禀赋守正', 3)).toBe(1);
    expect(countLiteralAcrossDropped('设热潮。\n\n余杭分', '设热潮余杭分', 3)).toBe(1);
    expect(countLiteralAcrossDropped('西湖😀夜游', '西湖夜游', 3)).toBe(1);
    expect(countLiteralAcrossDropped('𠮷，野家', '𠮷野家', 3)).toBe(1);
    expect(countLiteralAcrossDropped('西湖 景 区', '西湖景区', 3)).toBe(1);
    expect(countLiteralAcrossDropped('西湖景点', '西湖景区', 3)).toBe(0);
    // overlapping occurrences count, up to the cap
    expect(countLiteralAcrossDropped('啊，啊啊·啊', '啊啊', 9)).toBe(3);
    expect(countLiteralAcrossDropped('啊，啊啊·啊', '啊啊', 2)).toBe(2);
  });

  it('agrees with fold() wherever the term occurs only literally (random texts)', () => {
    let seed = 12345;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const letters = Array.from('西湖景区杭州上城');
    const dropped = ['，', '。', ' ', '\n', '“', '”', '😀', '·', '—'];
    for (let i = 0; i < 500; i++) {
      let text = '';
      const len = 5 + Math.floor(rand() * 40);
      for (let k = 0; k < len; k++)
        text += rand() < 0.7 ? letters[Math.floor(rand() * letters.length)] : dropped[Math.floor(rand() * dropped.length)];
      const f = fold(text);
      if (f.length < 2) continue;
      const at = Math.floor(rand() * (f.length - 1));
      const term =
        rand() < 0.8
          ? f.slice(at, at + 2 + Math.floor(rand() * 4))
          : letters[Math.floor(rand() * 8)] + letters[Math.floor(rand() * 8)];
      for (const cap of [1, 3, 100])
        expect(countLiteralAcrossDropped(text, term, cap), `${text} / ${term}`).toBe(occurrences(f, term, cap));
    }
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
