import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, isBuilt, start, type RunningServer } from '../../scripts/lib/server/next-server';
import { FEEDS_AND_IMAGES, PAGES } from './site';

/**
 * Vitest global setup for `npm run test:abuse`: one real `next build` + `next start`. The build
 * folder is .next-test, as for the integration tests, so CI can run this after `npm test` with
 * REUSE_BUILD=1 and skip the build (ABUSE_DIST_DIR picks another folder). The server's output is
 * copied to a log file the tests read, to show that hostile requests leave no error in it.
 */
const distDir = process.env.ABUSE_DIST_DIR ?? '.next-test';
const logFile = path.resolve('bench-out/abuse-server.log');
let server: RunningServer | undefined;

/** Legitimate pages rendered on first request land in the route cache now, not during a hostile phase. */
async function warmUp(running: RunningServer) {
  for (const page of [...PAGES, ...FEEDS_AND_IMAGES]) {
    const res = await fetch(running.url + page);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${page}: HTTP ${res.status}\n${running.log().slice(-3000)}`);
  }
}

export default async function setup(project: TestProject) {
  const opts = { distDir };
  if (!(process.env.REUSE_BUILD === '1' && isBuilt(opts))) build(opts);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  server = await start(opts);
  try {
    fs.writeFileSync(logFile, server.log());
    server.child.stdout?.on('data', (d) => fs.appendFileSync(logFile, d));
    server.child.stderr?.on('data', (d) => fs.appendFileSync(logFile, d));
    await warmUp(server);
  } catch (e) {
    await server.stop();
    throw e;
  }
  project.provide('abuse', { baseUrl: server.url, port: server.port, pid: server.pid, distDir: path.resolve(distDir), logFile });
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    abuse: { baseUrl: string; port: number; pid: number; distDir: string; logFile: string };
  }
}
