import { describe, expect, it } from 'vitest';
import { authorIndex, namePinyin } from '@/lib/content/author-index';
import { loadContent } from '@/lib/content/load';

describe('authorIndex', () => {
  it('reads surnames as surnames', () => {
    expect(namePinyin('曾静')).toBe('zeng jing');
    expect(namePinyin('单晓')).toBe('shan xiao');
  });

  it('lists every author of the edition once, with counts, grouped by pinyin initial in order', () => {
    const content = loadContent();
    const groups = authorIndex(content);
    const listed = groups.flatMap((g) => g.authors);
    const bylines = new Set(content.articles.flatMap((a) => a.authors));
    expect(listed.map((a) => a.name).sort()).toEqual([...bylines].sort());
    expect(groups.map((g) => g.initial)).toEqual([...groups.map((g) => g.initial)].sort());
    for (const g of groups) for (const a of g.authors) expect(namePinyin(a.name)[0].toUpperCase()).toBe(g.initial);
    const zhou = listed.find((a) => a.name === '周静');
    expect(zhou?.count).toBe(content.articles.filter((a) => a.authors.includes('周静')).length);
  });
});
