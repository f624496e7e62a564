import { beforeAll, describe, expect, it } from 'vitest';
import { generatedCases } from './generated';
import { hostilePhase } from './phase';
import { probeAll } from './probe';
import { RUN } from './site';

// ABUSE_SEED picks another set, ABUSE_CASES how many; ABUSE_RUN (printed) replays a run exactly.
const SEED = Number(process.env.ABUSE_SEED ?? 10);
const COUNT = Number(process.env.ABUSE_CASES ?? 400);
const CONCURRENCY = 4;

const phase = hostilePhase();
beforeAll(phase.begin);

describe(`${COUNT} generated hostile requests (seed ${SEED}, run ${RUN})`, () => {
  it('keep every promise', async () => {
    const failed = await probeAll(generatedCases({ seed: SEED, count: COUNT, run: RUN }), CONCURRENCY);
    // One line per kind of problem, with how often and the first case that showed it.
    const kinds = new Map<string, { count: number; example: string }>();
    for (const f of failed) {
      for (const p of f.problems) {
        const kind = p.replace(/:.*$/s, '').replace(/\d+ s\b.*/, 'N s');
        const k = kinds.get(kind) ?? { count: 0, example: `${f.name} → ${p.slice(0, 160)}` };
        kinds.set(kind, { ...k, count: k.count + 1 });
      }
    }
    expect([...kinds].map(([kind, k]) => `${kind} ×${k.count}, e.g. ${k.example}`).join('\n')).toBe('');
  }, 300_000);
});

phase.closingTests();
