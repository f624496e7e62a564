import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../../lib/content/config';
import { buildMeasured, isBuilt, start, type RunningServer, type ServerOptions } from '../lib/server/next-server';
import type { RunApp } from './report';

/** The two apps compared: this site, and the plain Next.js app in ./plain-app, on the same content. */
export const PLAIN_APP_DIR = fileURLToPath(new URL('./plain-app', import.meta.url));

/** How to build and start each app; `before` is a checkout of an earlier commit (with node_modules), serving this content. */
export function appOptions(app: RunApp, beforeDir?: string): ServerOptions {
  if (app === 'plain') return { cwd: PLAIN_APP_DIR, distDir: '.next-plain', contentDir: CONTENT_DIR }; // its next.config.ts fixes this distDir
  if (app === 'before') {
    if (!beforeDir) throw new Error('bench:pages: --before DIR is needed to measure an earlier commit');
    return { cwd: path.resolve(beforeDir), distDir: '.next-bench-pages', contentDir: CONTENT_DIR };
  }
  return { distDir: '.next-bench-pages', contentDir: CONTENT_DIR };
}

/**
 * `next build` rewrites tsconfig.json and next-env.d.ts to point at the distDir it builds into;
 * a benchmark build must not leave the developer's files pointing at its own folder.
 */
async function keepingFiles<T>(dir: string, files: readonly string[], fn: () => Promise<T>): Promise<T> {
  const saved = files.map((f) => path.join(dir, f)).map((f) => [f, fs.existsSync(f) ? fs.readFileSync(f) : null] as const);
  try {
    return await fn();
  } finally {
    for (const [file, body] of saved) {
      if (body === null) fs.rmSync(file, { force: true });
      else if (!fs.readFileSync(file).equals(body)) fs.writeFileSync(file, body);
    }
  }
}

/** Builds an app (unless `reuse` and it is built already); returns the build time in ms, or null when reused. */
export async function buildApp(opts: ServerOptions, reuse: boolean): Promise<number | null> {
  if (reuse && isBuilt(opts)) return null;
  const dir = opts.cwd ?? process.cwd();
  const r = await keepingFiles(dir, ['tsconfig.json', 'next-env.d.ts'], () => buildMeasured(opts));
  return r.ms;
}

export const startApp = (opts: ServerOptions): Promise<RunningServer> => start(opts, 120_000);
