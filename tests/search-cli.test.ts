import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { snippetForTerminal } from '../scripts/lib/cli/terminal';
import { articleSource, BILLION_LAUGHS, removeDir, writeContentDir } from './fixtures/content/build';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach(removeDir));

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
    expect(bad.stderr).toContain('--limit: 应为 1 到 100 之间的整数，收到 "x"');
    const missing = run('消防', '--dir', '/no/such/folder');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('内容目录不存在');
  });

  it.each([
    [['--limit', '0'], '--limit: 应为 1 到 100 之间的整数，收到 "0"'],
    [['--limit', '1000000'], '--limit: 应为 1 到 100 之间的整数，收到 "1000000"'],
    [['--offset', '-1'], '--offset: 应为 0 到 10000 之间的整数，收到 "-1"'],
    [['--limt', '5'], '未知选项 --limt；可用选项：--city、--district、--dir、--limit、--offset、--json'],
  ])('exits 2 on %j, saying what is allowed', (args, message) => {
    const r = run('消防', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('reports a YAML alias bomb as one problem among the others, without a stack trace', () => {
    const dir = writeContentDir({
      '2023/12/28/bomb.md': BILLION_LAUGHS,
      '2023/12/28/empty.md': articleSource({ slug: 'empty' }, ''),
    });
    tempDirs.push(dir);
    const r = run('消防', '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      '2023/12/28/bomb.md: frontmatter: YAML 别名（&名 … *名）层层引用、展开过多，已拒绝读取；头信息里请直接写出取值',
      '2023/12/28/empty.md: body: 正文为空',
    ]);
  });
});

describe('terminal output', () => {
  it('escapes control characters from article text; the only escape sequences are the highlight', () => {
    const printed = snippetForTerminal('清屏\u001b[2J<mark>消防</mark>&lt;b&gt;\u0007');
    expect(printed).toBe('清屏<U+001B>[2J\u001b[1;33m消防\u001b[0m<b><U+0007>');
  });
});
