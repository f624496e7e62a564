import { expect, it } from 'vitest';
import { logProblems } from './checks';
import { dirStats, growth, type DirStats } from './dir-stats';
import { logSince, logSize, server } from './probe';

/**
 * A hostile phase: a snapshot of the build folder and the log position at its start, and the two
 * closing tests every phase ends with (nothing written to the build folder, nothing in the log).
 */
export function hostilePhase() {
  let before: DirStats | undefined;
  let logStart = 0;
  const begin = () => {
    before = dirStats(server().distDir);
    logStart = logSize();
  };
  const closingTests = () => {
    it('wrote nothing into the build folder', () => {
      if (!before) throw new Error('phase did not begin');
      const g = growth(before, dirStats(server().distDir));
      expect({ files: g.files, bytes: g.bytes, added: g.added.slice(0, 10) }).toEqual({ files: 0, bytes: 0, added: [] });
    });
    it('left no error or stack trace in the server log', async () => {
      await new Promise((r) => setTimeout(r, 200));
      expect(logProblems(logSince(logStart))).toEqual([]);
    });
  };
  return { begin, closingTests };
}
