import { treeRss } from '../../scripts/lib/server/proc-tree';

/** Samples the resident memory (bytes) of a process tree once a period until stopped. */
export function sampleRss(pid: number, everyMs = 1000): { stop: () => number[] } {
  const samples = [treeRss(pid)];
  const timer = setInterval(() => samples.push(treeRss(pid)), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(treeRss(pid));
      return samples;
    },
  };
}
