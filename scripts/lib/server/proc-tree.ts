import fs from 'node:fs';

/** What /proc says of one process: its parent, resident bytes and CPU time so far. */
type ProcEntry = { ppid: number; rssBytes: number; cpuTicks: number };

/** Clock ticks per second of /proc's CPU times: 100 on every Linux this runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

function readProcs(): Map<number, ProcEntry> {
  const procs = new Map<number, ProcEntry>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: ppid is the 2nd, utime and stime the 12th and
      // 13th, rss (pages) the 22nd.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(entry), {
        ppid: Number(fields[1]),
        rssBytes: Number(fields[21]) * 4096,
        cpuTicks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended while we looked
    }
  }
  return procs;
}

/** A process and all its descendants, from /proc (Linux). */
function tree(rootPid: number): ProcEntry[] {
  const procs = readProcs();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of procs) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: ProcEntry[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    const proc = procs.get(pid);
    if (proc) out.push(proc);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident memory (bytes) of a process and all its descendants. */
export function treeRss(rootPid: number): number {
  return tree(rootPid).reduce((total, p) => total + p.rssBytes, 0);
}

/** CPU time (user + system, seconds) a process and its live descendants have used so far. */
export function treeCpuSeconds(rootPid: number): number {
  return tree(rootPid).reduce((total, p) => total + p.cpuTicks, 0) / TICKS_PER_SECOND;
}

/** Samples treeRss every `everyMs` until stopped; returns the peak. */
export function watchPeak(rootPid: number, everyMs = 200): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRss(rootPid));
    },
  };
}
