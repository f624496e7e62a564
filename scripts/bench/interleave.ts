/**
 * Runs `run` for every app on every page, `rounds` times, the apps taking turns page by page, so
 * that figures compared with each other were taken in the same minutes on a shared machine. The
 * app going first changes from round to round, so no app always runs right after the same one.
 */
export type Samples<A extends string, P extends string, T> = Record<A, Record<P, T[]>>;

export type InterleaveOptions<A extends string, P extends string, T> = {
  rounds: number;
  apps: readonly A[];
  pages: readonly P[];
  run: (step: { app: A; page: P; round: number }) => Promise<T>;
};

export async function interleave<A extends string, P extends string, T>({
  rounds,
  apps,
  pages,
  run,
}: InterleaveOptions<A, P, T>): Promise<Samples<A, P, T>> {
  const out = Object.fromEntries(apps.map((a) => [a, Object.fromEntries(pages.map((p) => [p, [] as T[]]))])) as Samples<A, P, T>;
  for (let round = 1; round <= rounds; round++) {
    for (const page of pages) {
      for (const app of rotated(apps, round - 1)) out[app][page].push(await run({ app, page, round }));
    }
  }
  return out;
}

/** The list starting at position `by` (modulo its length), wrapping around. */
export function rotated<T>(list: readonly T[], by: number): T[] {
  const k = list.length === 0 ? 0 : by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
