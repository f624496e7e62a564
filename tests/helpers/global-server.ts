import type { TestProject } from 'vitest/node';
import { build, isBuilt, start, type RunningServer } from '../../scripts/lib/server/next-server';

/**
 * Vitest global setup: one real `next build` + `next start` for all integration (and browser)
 * tests. REUSE_BUILD=1 skips the build when .next-test already holds one (CI builds once for
 * `npm test` and reuses it for `npm run test:e2e`).
 */
const opts = { distDir: '.next-test' };
let server: RunningServer | undefined;

export default async function setup(project: TestProject) {
  if (!(process.env.REUSE_BUILD === '1' && isBuilt(opts))) build(opts);
  server = await start(opts);
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
