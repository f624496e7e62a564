import { createRequire } from 'node:module';
import { runNode } from './child';

/** One bounded autocannon run on loopback, in a process of its own. */
export type LoadSample = { rps: number; p99: number; errors: number; non2xx: number };
export type LoadOptions = {
  url: string;
  seconds: number;
  connections: number;
  /** Request headers, e.g. a browser's Accept-Encoding; none by default, as autocannon sends. */
  headers?: Readonly<Record<string, string>>;
};

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

type Report = {
  requests: { average: number; total: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
};

/** A sample with the number of requests answered, for figures per request. */
export type CountedSample = { sample: LoadSample; requests: number };

export async function autocannonCounted({ url, seconds, connections, headers = {} }: LoadOptions): Promise<CountedSample> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  try {
    const out = await runNode([AUTOCANNON, '-c', String(connections), '-d', String(seconds), ...headerArgs, '-j', url]);
    const r = JSON.parse(out) as Report;
    const sample: LoadSample = { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
    return { sample, requests: r.requests.total };
  } catch (e) {
    throw new Error(`autocannon ${url}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

export async function autocannon(opts: LoadOptions): Promise<LoadSample> {
  return (await autocannonCounted(opts)).sample;
}

/** For benchmarks where any failed request makes the figures meaningless. */
export async function autocannonStrict(opts: LoadOptions): Promise<CountedSample> {
  const r = await autocannonCounted(opts);
  if (r.sample.non2xx > 0 || r.sample.errors > 0) {
    throw new Error(`autocannon ${opts.url}: ${r.sample.non2xx} non-2xx, ${r.sample.errors} errors`);
  }
  return r;
}
