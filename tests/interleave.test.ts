import { describe, expect, it } from 'vitest';
import { interleave, rotated } from '../scripts/bench/interleave';

describe('rotated', () => {
  it('starts the list at a position, wrapping around', () => {
    expect(rotated(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotated(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotated(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
    expect(rotated([], 3)).toEqual([]);
  });
});

describe('interleave', () => {
  it('runs every app on every page each round, a different app first each round', async () => {
    const order: string[] = [];
    const samples = await interleave({
      rounds: 3,
      apps: ['site', 'plain', 'before'] as const,
      pages: ['article', 'home'] as const,
      run: async ({ app, page, round }) => {
        order.push(`${round}:${page}:${app}`);
        return round;
      },
    });
    expect(order.slice(0, 6)).toEqual([
      '1:article:site',
      '1:article:plain',
      '1:article:before',
      '1:home:site',
      '1:home:plain',
      '1:home:before',
    ]);
    expect(order.filter((o) => o.startsWith('2:article'))).toEqual(['2:article:plain', '2:article:before', '2:article:site']);
    expect(order.filter((o) => o.startsWith('3:home'))).toEqual(['3:home:before', '3:home:site', '3:home:plain']);
    expect(samples.site.article).toEqual([1, 2, 3]);
    expect(samples.before.home).toEqual([1, 2, 3]);
  });
});
