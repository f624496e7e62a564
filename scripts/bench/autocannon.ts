import { createRequire } from 'node:module';
import { runNode } from './child';

/** One bounded autocannon run on loopback, in a process of its own. */
export type LoadSample = { rps: number; p99: number; errors: number; non2xx: number };
export type LoadOptions = { url: string; seconds: number; connections: number };

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

type Report = { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };

export async function autocannon({ url, seconds, connections }: LoadOptions): Promise<LoadSample> {
  try {
    const out = await runNode([AUTOCANNON, '-c', String(connections), '-d', String(seconds), '-j', url]);
    const r = JSON.parse(out) as Report;
    return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
  } catch (e) {
    throw new Error(`autocannon ${url}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** For benchmarks where any failed request makes the figures meaningless. */
export async function autocannonStrict(opts: LoadOptions): Promise<LoadSample> {
  const r = await autocannon(opts);
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`autocannon ${opts.url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r;
}
