// Runs the real CLI (scripts/content.ts) in a child process, as an editor or the build would.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, BILLION_LAUGHS, removeDir, seriesSource, writeContentDir } from './fixtures/content/build';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach(removeDir));

function content(...args: string[]) {
  return contentWithEnv({}, ...args);
}

function contentWithEnv(extraEnv: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, ...extraEnv };
  delete env.CONTENT_DIR;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

describe('content export', () => {
  let run: ReturnType<typeof content>;
  let records: Record<string, unknown>[] = [];
  beforeAll(() => {
    run = content('export');
    if (run.code === 0) records = JSON.parse(run.stdout) as Record<string, unknown>[];
  });

  it('exits 0 and prints nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('prints only a JSON array of the 14 articles, newest first in page order', () => {
    expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
    expect(records).toHaveLength(14);
    expect(records[0].slug).toBe('shangcheng-qiangji-funeng');
    expect(records[13].slug).toBe('shequ-hehuo-gongjian-gongxiang');
    expect(new Set(records.map((r) => r.slug)).size).toBe(14);
  });

  it('gives each record exactly the public fields, with the right types', () => {
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(
        ['slug', 'url', 'title', 'authors', 'locations', 'date', 'series', 'summary', 'text', 'corrections'].sort(),
      );
      expect(r.url).toBe(`/articles/${r.slug}`);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof r.title).toBe('string');
      expect(typeof r.summary).toBe('string');
      expect(typeof r.text).toBe('string');
      expect((r.text as string).length).toBeGreaterThan(100);
      expect(r.authors).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(Array.isArray(r.corrections)).toBe(true);
      expect(r.series === null || typeof r.series === 'string').toBe(true);
      const locations = r.locations as Record<string, unknown>[];
      expect(locations.length).toBeGreaterThan(0);
      for (const l of locations) {
        expect(Object.keys(l).sort()).toEqual(['city', 'code', 'district']);
        expect(l.code).toMatch(/^\d{6}(-[a-z]+)?$/);
      }
    }
  });

  it('does not leak internal fields (html, file, source, tags, order, editorTitle)', () => {
    for (const r of records) {
      for (const key of ['html', 'file', 'source', 'tags', 'order', 'editorTitle']) expect(r).not.toHaveProperty(key);
    }
  });

  it('exports series as its title, or null', () => {
    const seriesTitles = records.map((r) => r.series);
    expect(seriesTitles.filter((s) => s === '创新基层治理 开启美丽嬗变')).toHaveLength(8);
    expect(seriesTitles.filter((s) => s === null)).toHaveLength(6);
  });

  it('exports a full record as the editors wrote it', () => {
    const r = records.find((x) => x.slug === 'suimo-nianguan-fanghuo-xiaozai');
    expect(r).toMatchObject({
      url: '/articles/suimo-nianguan-fanghuo-xiaozai',
      title: '岁末年关 防火消灾',
      authors: ['刘国征', '罗明昌', '林梦兰'],
      locations: [
        { city: '温州市', district: '苍南县', code: '330327' },
        { city: '金华市', district: '金东区', code: '330703' },
      ],
      date: '2023-12-28',
      series: '创新基层治理 开启美丽嬗变',
      corrections: [{ from: '敲门人户行动', to: '敲门入户行动', note: '“入”误识为“人”' }],
    });
    expect(r!.summary).toMatch(/^年关将至，苍南县/);
    expect(r!.text).toMatch(/^年关将至，为提高群众取暖用电安全意识/);
    expect(records.find((x) => x.slug === 'yuan-baotong-jingzhun-zhidu')!.locations).toEqual([
      { city: '宁波市', district: '前湾新区', code: '330200-qianwan' },
    ]);
  });
});

describe('content check', () => {
  it('exits 0 on the real content and prints the counts', () => {
    const r = content('check');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/14 篇文章/);
    expect(r.stdout).toMatch(/1 个专题/);
  });

  it('exits 0 on a valid --dir, counting what is there', () => {
    const dir = writeContentDir({
      'a.md': articleSource({ series: 'zt' }),
      'series/zt.md': seriesSource('zt', '专题'),
    });
    tempDirs.push(dir);
    const r = content('check', '--dir', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 篇文章、1 个专题/);
  });

  it('exits 1 on a --dir with bad files, one FILE: field: message line per problem on stderr', () => {
    const dir = writeContentDir({
      '2023/12/28/ok.md': articleSource({ slug: 'ok', title: '好的' }, '好的正文。'),
      '2023/12/28/bad-city.md': articleSource({ slug: 'bad-city', title: '城市', locations: '\n  - city: 杭洲市' }, '城市正文。'),
      '2023/12/28/bad-date.md': articleSource({ slug: 'bad-date', title: '日期', date: '2023-02-30' }, '日期正文。'),
      '2023/12/28/typo.md': articleSource({ slug: 'typo', title: '拼写', authors: undefined, author: '[周静]' }, '拼写正文。'),
      'series/s.md': '---\ntitle: 专题\nslug: s\n',
    });
    tempDirs.push(dir);
    const r = content('check', '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const err = lines(r.stderr);
    const problemLines = err.slice(0, -1);
    expect(problemLines).toHaveLength(5);
    for (const l of problemLines) expect(l).toMatch(/^[^:]+\.md: [^:]+: .+$/);
    expect(problemLines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2023\/12\/28\/bad-city\.md: locations\[0\]\.city: .*杭洲市.*杭州市/),
        expect.stringMatching(/^2023\/12\/28\/bad-date\.md: date: .*日期不存在/),
        expect.stringMatching(/^2023\/12\/28\/typo\.md: author: .*未知字段/),
        expect.stringMatching(/^2023\/12\/28\/typo\.md: authors: .*作者/),
        expect.stringMatching(/^series\/s\.md: frontmatter: .*---/),
      ]),
    );
    expect(err.at(-1)).toMatch(/5 处错误/);
    expect(err.at(-1)).toContain(dir);
  });

  it('reports a YAML alias bomb as one problem among the others, without a stack trace', () => {
    const dir = writeContentDir({
      '2023/12/28/bomb.md': BILLION_LAUGHS,
      '2023/12/28/bad-date.md': articleSource({ slug: 'bad-date', date: '2023-02-30' }),
    });
    tempDirs.push(dir);
    const r = content('check', '--dir', dir);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      '2023/12/28/bad-date.md: date: 日期不存在',
      '2023/12/28/bomb.md: frontmatter: YAML 别名（&名 … *名）层层引用、展开过多，已拒绝读取；头信息里请直接写出取值',
      `2 处错误，${dir} 中的内容未通过检查。`,
    ]);
  });

  it('writes the parse cache next to a --dir, not into the working directory, and says where', () => {
    const dir = writeContentDir({ '2023/12/28/ceshi-wenzhang.md': articleSource() });
    tempDirs.push(dir);
    const r = contentWithEnv({ CONTENT_CACHE: '1' }, 'check', '--dir', dir);
    expect(r.code).toBe(0);
    const [, cacheLine] = lines(r.stdout);
    expect(cacheLine).toMatch(new RegExp(`^解析缓存：${dir}/\\.cache/[\\w-]+\\.v8$`));
    expect(fs.existsSync(cacheLine.replace('解析缓存：', ''))).toBe(true);
    // And the cache folder is not read as content.
    expect(contentWithEnv({ CONTENT_CACHE: '1' }, 'check', '--dir', dir).stdout).toMatch(/^1 篇文章/);
  });

  it('export publishes nothing when the content has problems', () => {
    const dir = writeContentDir({
      'ok.md': articleSource({ slug: 'ok', title: '好的' }, '好的正文。'),
      'bad.md': articleSource({ slug: 'bad', title: '"  "' }, '坏的正文。'),
    });
    tempDirs.push(dir);
    const r = content('export', '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bad\.md: title: /m);
  });

  it('accepts --dir=DIR and a relative --dir', () => {
    expect(content('check', `--dir=${path.join(ROOT, 'content')}`).code).toBe(0);
    const r = content('check', '--dir', 'content');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/14 篇文章/);
  });

  it('exits 1 with a clear message when --dir does not exist', () => {
    const missing = path.join(ROOT, 'tmp-no-such-content-folder-7e2a');
    for (const command of ['check', 'export']) {
      const r = content(command, '--dir', missing);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(missing);
      expect(r.stderr).toMatch(/不存在/);
    }
  });
});

describe('usage errors', () => {
  it.each([[['publish']], [[]], [['Export']]])('exits 2 with usage for command %j', (args) => {
    const r = content(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage/i);
    expect(r.stderr).toContain('export');
    expect(r.stderr).toContain('check');
  });

  it('exits 2 on an unknown option, naming it and the known ones', () => {
    const r = content('check', '--dri', 'content');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^未知选项 --dri；可用选项：--dir$/m);
  });

  it('exits 2 when --dir has no value', () => {
    const r = content('check', '--dir');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--dir/);
  });
});
