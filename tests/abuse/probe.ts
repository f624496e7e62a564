import fs from 'node:fs';
import { inject } from 'vitest';
import type { HostileCase } from './cases';
import { logProblems, responseProblems } from './checks';
import { rawRequest, type RawResponse } from './raw-http';

export const server = () => inject('abuse');

/** Bytes the server has logged so far; with logSince, what it logged during a case or a phase. */
export const logSize = () => fs.statSync(server().logFile).size;

export function logSince(offset: number): string {
  const fd = fs.openSync(server().logFile, 'r');
  try {
    const length = fs.fstatSync(fd).size - offset;
    const buf = Buffer.alloc(Math.max(0, length));
    fs.readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Sends one case and lists every broken promise: the common ones and the case's own. */
export async function probe(kase: HostileCase): Promise<{ res: RawResponse; problems: string[] }> {
  const res = await rawRequest(server().port, kase);
  return { res, problems: [...responseProblems(res), ...(kase.expect?.(res) ?? [])] };
}

/** As probe, and also what the server logged while answering (it runs alone, so the log is its own). */
export async function probeWithLog(kase: HostileCase): Promise<string[]> {
  const offset = logSize();
  const { problems } = await probe(kase);
  // The server's output reaches the log file through a pipe: give it a moment to arrive.
  await new Promise((r) => setTimeout(r, 30));
  return [...problems, ...logProblems(logSince(offset)).map((line) => `server log: ${line.trim().slice(0, 200)}`)];
}

/** Runs cases `concurrency` at a time; returns the ones with problems. */
export async function probeAll(cases: HostileCase[], concurrency: number): Promise<{ name: string; problems: string[] }[]> {
  const failed: { name: string; problems: string[] }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const kase = cases[next++];
      const { problems } = await probe(kase).catch((e: unknown) => ({ problems: [String(e)] }));
      if (problems.length) failed.push({ name: kase.name, problems });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}
