import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadContent } from '../../lib/content/load';
import { build, start, type RunningServer } from '../../scripts/lib/server/next-server';
import { writeArchive } from '../../scripts/lib/synthetic/archive';

/**
 * Global setup for the archive tests: a real build and server over a generated archive of
 * ARCHIVE_SIZE articles, with the sitemap limit lowered so that it splits.
 */
export const ARCHIVE_SIZE = 3000;
export const ARCHIVE_SITEMAP_MAX = 1000;
const distDir = '.next-archive-test';
let server: RunningServer | undefined;
let contentDir: string | undefined;

export default async function setup(project: TestProject) {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjnews-archive-'));
  writeArchive(loadContent(), contentDir, ARCHIVE_SIZE, 7);
  const opts = {
    distDir,
    contentDir,
    env: { SITEMAP_MAX_URLS: String(ARCHIVE_SITEMAP_MAX), CONTENT_CACHE_DIR: path.join(contentDir, '.cache') },
  };
  build(opts);
  server = await start(opts);
  project.provide('baseUrl', server.url);
  project.provide('archive', { contentDir, distDir: path.resolve(distDir), size: ARCHIVE_SIZE, sitemapMax: ARCHIVE_SITEMAP_MAX });
  return async () => {
    await server?.stop();
    if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    archive: { contentDir: string; distDir: string; size: number; sitemapMax: number };
  }
}
