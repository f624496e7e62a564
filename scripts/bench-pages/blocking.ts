/**
 * Splits a Lighthouse run's Total Blocking Time by whose task blocked: the page's own document
 * (tasks attributed to its URL: parsing it and, the long one, its first style and layout) or its
 * scripts (for a Next.js page, mostly the framework's bootstrap). The two apps run the same
 * framework, so this is where a difference between them shows (README, "TBT, task by task").
 *
 * Glossary: *long task* — a main-thread task of 50 ms or more in Lighthouse's simulated
 * timeline; *blocking* — the part of a long task past 50 ms, counted only between FCP and TTI,
 * as Lighthouse counts TBT. Computed from the `long-tasks` audit, which lists the longest tasks
 * only, so the sum can fall a few ms short of the reported TBT.
 */

export type LongTask = { url: string; startTime: number; duration: number };
export type Blocking = { documentMs: number; scriptsMs: number };

const THRESHOLD_MS = 50;

/** The blocking part of one task between FCP and TTI (0 when under the threshold there). */
export function blockingMs(task: LongTask, window: { fcpMs: number; ttiMs: number }): number {
  const start = Math.max(task.startTime, window.fcpMs);
  const end = Math.min(task.startTime + task.duration, window.ttiMs);
  return Math.max(0, end - start - THRESHOLD_MS);
}

/**
 * Blocking time of the document's tasks (attributed to its URL) and of script tasks (attributed to
 * a script's URL); tasks Lighthouse could not attribute are in neither.
 */
export function blockingByOrigin(
  tasks: readonly LongTask[],
  { documentUrl, fcpMs, ttiMs }: { documentUrl: string; fcpMs: number; ttiMs: number },
): Blocking {
  const total = { documentMs: 0, scriptsMs: 0 };
  for (const task of tasks) {
    const ms = blockingMs(task, { fcpMs, ttiMs });
    if (task.url === documentUrl) total.documentMs += ms;
    else if (/^https?:\/\//.test(task.url)) total.scriptsMs += ms;
  }
  return total;
}
