// The benchmark commands refuse a mistaken command line at once, before building or starting
// anything: the message alone (no stack trace), exit status 2, as the other commands do.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('benchmark command lines', () => {
  it.each([
    ['scripts/bench-pages.ts', ['--round', '5'], /^未知选项 --round；可用选项：--seconds、--rounds、.*--before、--out\n$/],
    ['scripts/bench-pages.ts', ['--lighthouse-runs', '0'], /^--lighthouse-runs: 应为 1 到 100000 之间的整数，收到 "0"\n$/],
    ['scripts/bench-site.ts', ['--size', '1000'], /^未知选项 --size；可用选项：--sizes、.*--pages-of\n$/],
    ['scripts/bench-pages.ts', ['--rounds\u001b[2J', '5'], /^未知选项 --rounds<U\+001B>\[2J；/],
    ['scripts/bench-site.ts', ['--sizes', '10,x'], /^--sizes: expected whole numbers separated by commas, got "10,x"\n$/],
  ])('%s %j exits 2 with the message alone', (script, args, message) => {
    const r = run(script, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
