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

/** Builds an app (unless `reuse` and it is built already); returns the build time in ms, or null when reused. */
export async function buildApp(opts: ServerOptions, reuse: boolean): Promise<number | null> {
  if (reuse && isBuilt(opts)) return null;
  return (await buildMeasured(opts)).ms;
}

export const startApp = (opts: ServerOptions): Promise<RunningServer> => start(opts, 120_000);
