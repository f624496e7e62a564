import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('search command line', () => {
  it('prints the ranked hits as a JSON array of {slug, title, score, snippet}', () => {
    const { code, stdout } = run('消防', '--json');
    expect(code).toBe(0);
    const hits: unknown = JSON.parse(stdout);
    expect(Array.isArray(hits)).toBe(true);
    const list = hits as { slug: string; title: string; score: number; snippet: string }[];
    expect(list.map((h) => Object.keys(h).sort())).toEqual(list.map(() => ['score', 'slug', 'snippet', 'title']));
    expect(list.map((h) => h.slug).sort()).toEqual(['suimo-nianguan-fanghuo-xiaozai', 'tongxing-xiaofang-ganen-lanyan']);
    expect(list[0].score).toBeGreaterThanOrEqual(list[1].score);
    expect(list[0].snippet).toContain('<mark>消防</mark>');
  });

  it('applies --city, --district and --limit', () => {
    const { stdout } = run('社区', '--city', '杭州', '--district', 'linan', '--json');
    expect((JSON.parse(stdout) as { slug: string }[]).map((h) => h.slug)).toEqual(['shequ-hehuo-gongjian-gongxiang']);
    expect(JSON.parse(run('小区', '--limit', '1', '--json').stdout)).toHaveLength(1);
  });

  it('rejects a bad --limit and a missing --dir with clear messages', () => {
    const bad = run('消防', '--limit', 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit 应为非负整数');
    const missing = run('消防', '--dir', '/no/such/folder');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('内容目录不存在');
  });
});
