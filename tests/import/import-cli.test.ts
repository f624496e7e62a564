// The real CLI in a child process: bad parameters and files get a clear message, drafts are
// written and pass `content check`, and a second run does not overwrite without --force.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, seriesSource, writeContentDir } from '../fixtures/content/build';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE =
  '# 乡贤回归 助企纾困\n\n这是近日发生在杭州市富阳区春建乡的一幕,在兴海路等主于道路新增护栏。\n\n(余明艳)\n\n### 专题标题\n\n专题导语。\n\n#### 三方协同\n\n杭州市拱墅区半山街道辖区内的老旧小区多。 (倪智海俞琳)\n';
const dir = writeContentDir({ 'series/zhuanti.md': seriesSource('zhuanti', '专题标题'), 'page.txt': PAGE, 'empty.txt': '' });
afterAll(() => removeDir(dir));

function content(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const run = (...extra: string[]) =>
  content('import', path.join(dir, 'page.txt'), '--dir', dir, '--date', '2024-01-05', '--page', '3', ...extra);

describe('content import', () => {
  it('rejects bad parameters and files with a clear message', { timeout: 120_000 }, () => {
    expect(content('import', path.join(dir, 'page.txt'), '--dir', dir, '--date', '2024-02-30', '--page', '3').stderr).toContain(
      '--date: “2024-02-30”：日期不存在',
    );
    expect(content('import', path.join(dir, 'page.txt'), '--dir', dir, '--date', '2024-01-05', '--page', 'x').stderr).toContain(
      '--page: “x”不是版次',
    );
    const empty = content('import', path.join(dir, 'empty.txt'), '--dir', dir, '--date', '2024-01-05', '--page', '3');
    expect([empty.code, empty.stderr.trim()]).toEqual([1, `${path.join(dir, 'empty.txt')}: 文件为空`]);
  });

  it(
    'writes drafts that pass content check, with a review list, and never overwrites without --force',
    { timeout: 180_000 },
    () => {
      const first = run();
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/2 篇草稿写入/);
      expect(first.stdout).toContain('改“于”为“干”');
      const out = path.join(dir, '2024', '01', '05');
      const files = fs.readdirSync(out);
      expect(files).toHaveLength(2);
      const text = files.map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('\n');
      expect(text).toContain('draft: true');
      expect(text).toContain('authors: ["倪智海", "俞琳"]');
      expect(text).toContain('series: zhuanti');
      expect(text).toContain('自动校对');
      const check = content('check', '--dir', dir);
      expect(check.stdout).toContain('其中 2 篇草稿');
      const again = run();
      expect([again.code, again.stderr]).toEqual([1, expect.stringContaining('确认要覆盖请加 --force')]);
      expect(run('--force').code).toBe(0);
    },
  );
});
