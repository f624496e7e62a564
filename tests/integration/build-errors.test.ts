import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/lib/server/next-server';
import { BILLION_LAUGHS } from '../fixtures/content/build';

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
    // Issue 10: hostile files are refused by the build too, each with its own message.
    fs.writeFileSync(path.join(dir, '2023/12/28/bomb.md'), BILLION_LAUGHS);
    fs.writeFileSync(
      path.join(dir, '2023/12/28/xss.md'),
      `---
title: 脚本
slug: xss
authors: [周静]
locations:
  - city: 杭州市
date: "2023-12-28"
source: { publication: 浙江日报, date: "2023-12-28", page: 17, url: "javascript:alert(1)" }
---

正文<script>document.cookie</script>。
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
    expect(output).toContain('2023/12/28/bomb.md: frontmatter: YAML 别名（&名 … *名）层层引用、展开过多');
    expect(output).toContain('2023/12/28/xss.md: body: 第 11 行含有 HTML（<script>），正文只能用 Markdown');
    expect(output).toContain('2023/12/28/xss.md: source.url: 应为以 http:// 或 https:// 开头的完整网址');
    expect(output).not.toContain('Excessive alias count');
    fs.rmSync('.next-bad-test', { recursive: true, force: true });
  }, 300_000);
});
