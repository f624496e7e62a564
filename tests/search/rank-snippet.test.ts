// The ranking rules and snippets on their own (the engine's use of them is tested against the scan).
import { describe, expect, it } from 'vitest';
import { compareRanked, countOccurrences, HIT_CAP, packScore, togetherPairs, TOGETHER_WEIGHT } from '../../lib/search/text/rank';
import { escapeHtml, makeSnippet, snippetFor, SNIPPET_CHARS } from '../../lib/search/text/snippet';
import type { SearchDocument } from '../../lib/search/document';

describe('rank', () => {
  it('counts overlapping occurrences up to a cap', () => {
    expect(countOccurrences('aaaa', 'aa', 10)).toBe(3);
    expect(countOccurrences('aaaa', 'aa', 2)).toBe(2);
    expect(countOccurrences('西湖西湖', '西湖', HIT_CAP)).toBe(2);
    expect(countOccurrences('西湖', '东湖', 3)).toBe(0);
  });

  it('pairs neighbouring terms in both orders', () => {
    expect(togetherPairs(['杭州'])).toEqual([]);
    expect(togetherPairs(['杭州', '亚运', '开幕'])).toEqual([
      ['杭州亚运', '亚运杭州'],
      ['亚运开幕', '开幕亚运'],
    ]);
  });

  it('orders by exact title, title, summary, relevance, then doc number', () => {
    const key = (exact: number, title: number, summary: number, relevance: number, doc: number) => ({
      exact,
      title,
      summary,
      relevance,
      doc,
    });
    const keys = [
      key(0, 0, 0, 5, 1),
      key(0, 0, 1, 0, 9),
      key(0, 1, 0, 0, 9),
      key(1, 0, 0, 0, 9),
      key(0, 0, 0, 5, 0),
      key(0, 0, 0, 6, 7),
    ];
    const sorted = [...keys].sort(compareRanked);
    expect(sorted.map((k) => `${k.exact}${k.title}${k.summary}:${k.relevance}:${k.doc}`)).toEqual([
      '100:0:9',
      '010:0:9',
      '001:0:9',
      '000:6:7',
      '000:5:0',
      '000:5:1',
    ]);
    // The packed score orders the same way (the doc number aside).
    const scores = sorted.map(packScore);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Relevance fits below the summary digit: at most 7 pairs together and 8 terms' hits.
    expect(7 * TOGETHER_WEIGHT + 8 * HIT_CAP).toBeLessThan(1000);
  });
});

describe('snippet', () => {
  const doc = (partial: Partial<SearchDocument>): SearchDocument => ({
    id: 'x',
    title: '标题',
    summary: '',
    text: '',
    authors: [],
    places: [],
    date: '2023-01-01',
    ...partial,
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('marks every occurrence in the window, on the original characters', () => {
    expect(snippetFor('台州和臺州', ['台州'])).toBe('<mark>台州</mark>和<mark>臺州</mark>');
    // Overlapping matches of two terms merge into one mark.
    expect(snippetFor('数字化改革', ['数字化', '字化改'])).toBe('<mark>数字化改</mark>革');
  });

  it('centres a long text on the place with the most distinct terms', () => {
    const text = '西湖' + '。'.repeat(200) + '其他内容'.repeat(50) + '西湖夜游灯光秀' + '其他内容'.repeat(50);
    // 西湖 alone at the start; 西湖 and 夜游 together later (adjacent marks merge).
    const s = snippetFor(text, ['西湖', '夜游']);
    expect(s).toContain('<mark>西湖夜游</mark>灯光秀');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(Array.from(s.replace(/<\/?mark>|…/g, '')).length).toBeLessThanOrEqual(SNIPPET_CHARS);
  });

  it('uses the summary, then the start of the body, when the body has no match', () => {
    expect(makeSnippet(doc({ text: '正文没有。', summary: '摘要有西湖。' }), ['西湖'])).toBe('摘要有<mark>西湖</mark>。');
    expect(makeSnippet(doc({ text: '正文开头。', summary: '' }), ['西湖'])).toBe('正文开头。');
    expect(makeSnippet(doc({ text: '正文提到西湖。', summary: '摘要有西湖。' }), ['西湖'])).toBe('正文提到<mark>西湖</mark>。');
  });
});
