import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../lib/server/next-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjnews-bad-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a build with bad content', () => {
  it('fails with the same FILE: field: message lines as content check, publishing nothing', () => {
    fs.mkdirSync(path.join(dir, '2023/12/28'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, '2023/12/28/bad.md'),
      `---
title: 坏文章
slug: bad
authors: []
locations:
  - city: 杭洲市
date: "2023-02-30"
source: { publication: 浙江日报, date: "2023-12-28", page: 17 }
---

正文。
`,
    );
    let output = '';
    expect(() => {
      try {
        build({ distDir: '.next-bad-test', contentDir: dir, env: { CONTENT_CACHE: '0' } });
      } catch (e) {
        output = String(e);
        throw e;
      }
    }).toThrow(/next build failed/);
    expect(output).toContain('2023/12/28/bad.md: authors: 至少需要一位作者');
    expect(output).toContain('2023/12/28/bad.md: locations[0].city: 未知的城市“杭洲市”，是不是“杭州市”？');
    expect(output).toContain('2023/12/28/bad.md: date: 日期不存在');
    fs.rmSync('.next-bad-test', { recursive: true, force: true });
  }, 300_000);
});
