import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, start } from '../../scripts/lib/server/next-server';
import { articleSource, removeDir, writeContentDir } from '../fixtures/content/build';

const FILE = '2023/12/28/ceshi-wenzhang.md';
const distDir = '.next-correction-test';
const dir = writeContentDir({ [FILE]: articleSource({}, '原稿第一段，写错了一个字：主于道路。\n\n第二段。') });
afterAll(() => {
  removeDir(dir);
  fs.rmSync(distDir, { recursive: true, force: true });
});

/** Builds the temp content, serves it, and returns the article page's text and Cache-Control. */
async function publish(): Promise<{ body: string; cacheControl: string }> {
  const opts = { distDir, contentDir: dir, env: { CONTENT_CACHE: '0' } };
  build(opts);
  const server = await start(opts);
  try {
    const res = await fetch(`${server.url}/articles/ceshi-wenzhang`);
    return { body: await res.text(), cacheControl: res.headers.get('cache-control') ?? '' };
  } finally {
    await server.stop();
  }
}

describe('a correction', () => {
  it('reaches the page with the next build and restart, and caches may keep the old page for 5 minutes only', async () => {
    const before = await publish();
    expect(before.body).toContain('主于道路');
    expect(before.cacheControl).toMatch(/^s-maxage=300, stale-while-revalidate=\d+$/);

    const file = path.join(dir, FILE);
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('主于道路', '主干道路')
        .replace('source:', 'corrections:\n  - { from: 主于道路, to: 主干道路 }\nsource:'),
    );
    const after = await publish();
    expect(after.body).toContain('主干道路');
    expect(after.body).not.toContain('写错了一个字：主于道路');
  }, 600_000);
});
