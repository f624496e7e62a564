import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/content/load';

const article = (slug: string, title: string, body: string) => `---
title: ${title}
slug: ${slug}
authors: [周静]
locations:
  - city: 杭州市
    district: 上城区
date: "2023-12-28"
source: { publication: 浙江日报, date: "2023-12-28", page: 17 }
---

${body}
`;

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
  process.env.CONTENT_CACHE = '1';
  process.env.CONTENT_CACHE_DIR = cacheDir;
  fs.writeFileSync(path.join(dir, 'a.md'), article('a', '甲文', '第一篇正文。'));
  fs.writeFileSync(path.join(dir, 'b.md'), article('b', '乙文', '第二篇正文。'));
  fs.writeFileSync(path.join(dir, 'c.md'), article('c', '丙文', '第三篇正文。'));
});
afterEach(() => {
  process.env.CONTENT_CACHE = '0';
  delete process.env.CONTENT_CACHE_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('persistent parse cache', () => {
  it('parses every file the first time and none the second', () => {
    expect(checkContent(dir).cache).toEqual({ hits: 0, misses: 3 });
    const second = checkContent(dir);
    expect(second.cache).toEqual({ hits: 3, misses: 0 });
    expect(second.articles.map((a) => a.slug).sort()).toEqual(['a', 'b', 'c']);
  });

  it('re-parses only a changed file, and serves its new text', () => {
    checkContent(dir);
    fs.writeFileSync(path.join(dir, 'b.md'), article('b', '乙文', '改写后的正文。'));
    const r = checkContent(dir);
    expect(r.cache).toEqual({ hits: 2, misses: 1 });
    expect(r.articles.find((a) => a.slug === 'b')?.text).toBe('改写后的正文。');
  });

  it('reports problems of a cached bad file again, and cross-file problems too', () => {
    fs.writeFileSync(path.join(dir, 'd.md'), article('a', '丁文', '第四篇正文。')); // slug taken by a.md
    fs.writeFileSync(path.join(dir, 'e.md'), article('e', '', '正文。')); // empty title
    const first = checkContent(dir);
    const second = checkContent(dir);
    expect(second.cache.misses).toBe(0);
    expect(second.problems).toEqual(first.problems);
    expect(second.problems.map((p) => `${p.file}:${p.field}`).sort()).toEqual(['d.md:slug', 'e.md:title']);
  });

  it('forgets deleted files and recovers from a corrupt cache file', () => {
    checkContent(dir);
    fs.rmSync(path.join(dir, 'c.md'));
    expect(checkContent(dir).articles).toHaveLength(2);
    const [cacheFile] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, cacheFile), 'not a cache');
    const r = checkContent(dir);
    expect(r.cache).toEqual({ hits: 0, misses: 2 });
    expect(r.problems).toEqual([]);
  });
});
