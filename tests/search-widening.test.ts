import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { searchIndexFor } from '../lib/search/content-index';
import { search } from '../lib/search/index';
import { eachWordAlone } from '../lib/site/search-widening';

describe('eachWordAlone', () => {
  const index = searchIndexFor(loadContent());
  const run = (q: string, filter: { city?: string; district?: string } = {}) =>
    eachWordAlone(index, search(index, { q, ...filter }), filter);

  it('offers each word of an empty search that finds something alone, with its count, in query order', () => {
    const alone = run('网格 婺剧 火星');
    expect(alone.map((s) => s.q)).toEqual(['网格', '婺剧']);
    for (const s of alone) expect(s.total).toBe(search(index, { q: s.q }).total);
    expect(alone.every((s) => s.total > 0)).toBe(true);
  });

  it('searches each word under the same place filter', () => {
    // 婺剧 is in a 金华 article only: alone, under 杭州, it finds nothing.
    expect(run('网格 婺剧', { city: 'hangzhou' }).map((s) => s.q)).toEqual(['网格']);
  });

  it('offers nothing for a search that found something, or for a single word', () => {
    expect(run('网格 议事')).toEqual([]);
    expect(run('火星')).toEqual([]);
    expect(run('')).toEqual([]);
  });
});
