import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { treeCpuSeconds, treeRss } from '../scripts/lib/server/proc-tree';

/** Spins until this process has used `seconds` more CPU time (not wall time: the machine may be busy). */
function burn(seconds: number): void {
  const start = process.cpuUsage();
  while (process.cpuUsage(start).user < seconds * 1e6) {
    // busy
  }
}

describe('proc-tree', () => {
  it('counts the CPU time this process uses', () => {
    const before = treeCpuSeconds(process.pid);
    burn(0.3);
    const used = treeCpuSeconds(process.pid) - before;
    // /proc counts in 10 ms ticks; user time alone is 0.3 s.
    expect(used).toBeGreaterThanOrEqual(0.28);
    expect(used).toBeLessThan(5);
  });

  it("counts a live child's CPU time and memory in its parent's tree", async () => {
    // The child spins for 0.4 s of its own CPU time, then waits to be killed.
    const script =
      'const s = process.cpuUsage(); while (process.cpuUsage(s).user < 4e5); process.stdout.write("done"); setInterval(() => {}, 1e4);';
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const rssAlone = treeRss(child.pid ?? -1);
      const before = treeCpuSeconds(process.pid);
      const ownBefore = process.cpuUsage();
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      const own = process.cpuUsage(ownBefore);
      const tree = treeCpuSeconds(process.pid) - before;
      expect(tree - (own.user + own.system) / 1e6).toBeGreaterThanOrEqual(0.3);
      expect(rssAlone).toBeGreaterThan(1e6);
      expect(treeRss(process.pid)).toBeGreaterThan(rssAlone);
      // The tree holds the child's memory besides this process's own (read from the same /proc files).
      const childRss = treeRss(child.pid ?? -1);
      expect(treeRss(process.pid) - process.memoryUsage().rss).toBeGreaterThan(childRss / 2);
    } finally {
      child.kill();
    }
  });

  it('reads nothing for a process that does not exist', () => {
    expect(treeCpuSeconds(-1)).toBe(0);
    expect(treeRss(-1)).toBe(0);
  });
});
