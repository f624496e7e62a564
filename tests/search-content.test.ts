import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { searchIndexFor } from '../lib/search/content-index';
import { search } from '../lib/search/index';
import { buildScanIndex, scanSearch } from '../lib/search/reference/scan';
import { toSearchDocument } from '../lib/search/document';

describe('search over the real content', () => {
  const content = loadContent();
  const index = searchIndexFor(content);

  it('builds the index once per content', () => {
    expect(searchIndexFor(content)).toBe(index);
  });

  it('finds articles by place, traditional script, pinyin slug and author', () => {
    const ids = (q: string) => search(index, { q, limit: 100 }).hits.map((h) => h.id);
    expect(ids('上城区')).toContain('shangcheng-qiangji-funeng');
    expect(ids('上城區')).toContain('shangcheng-qiangji-funeng');
    expect(ids('shangcheng')).toContain('shangcheng-qiangji-funeng');
    expect(ids('周静')).toContain('shangcheng-qiangji-funeng');
    expect(search(index, { q: '上城区：强基赋能 凝“新”聚力' }).hits[0].id).toBe('shangcheng-qiangji-funeng');
  });

  it('agrees with the scan on every 2- and 3-character piece of a title', () => {
    const scan = buildScanIndex(content.articles.map(toSearchDocument));
    for (const a of content.articles) {
      const chars = Array.from(a.title).filter((c) => /\p{Script=Han}/u.test(c));
      for (let i = 0; i + 3 <= chars.length; i++) {
        for (const q of [chars.slice(i, i + 2).join(''), chars.slice(i, i + 3).join('')]) {
          expect(search(index, { q }), q).toEqual(scanSearch(scan, { q }));
        }
      }
    }
  });
});
