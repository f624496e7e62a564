// Hostile or careless files (issue 10): each is refused with one FILE: field: why message, and
// never hides the problems of other files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { MAX_FILE_BYTES } from '../lib/content/safety';
import { validateContent, type SourceFile } from '../lib/content/validate';
import { articleSource, BASE_BODY, BILLION_LAUGHS, removeDir, seriesSource, writeContentDir } from './fixtures/content/build';
import { expectArticleRejected, expectRejected, FILE, removeTempDirs } from './fixtures/content/expect';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach(removeDir));
afterAll(removeTempDirs);

const folder = (files: Record<string, string>) => {
  const dir = writeContentDir(files);
  tempDirs.push(dir);
  return dir;
};

describe('a YAML alias bomb', () => {
  it('is one frontmatter problem of its file, and the other files are still checked', () => {
    expectRejected(
      {
        '2023/12/28/bomb.md': BILLION_LAUGHS,
        '2023/12/28/other.md': articleSource({ slug: 'other', title: '"  "' }),
      },
      [
        { file: '2023/12/28/bomb.md', field: 'frontmatter', message: /YAML 别名.*展开过多/ },
        { file: '2023/12/28/other.md', field: 'title', message: /标题/ },
      ],
    );
  });

  it('a single alias is still fine', () => {
    const source = articleSource({ date: '&d "2023-12-28"', source: '\n  publication: 浙江日报\n  date: *d\n  page: 17' });
    expect(validateContent([{ file: FILE, source }]).problems).toEqual([]);
  });
});

describe('raw HTML and unsafe links in the body', () => {
  // Line 15 is the first body line of articleSource's file.
  it.each([
    [
      '<script>',
      '正文<script>document.cookie</script>。',
      /^第 15 行含有 HTML（<script>），正文只能用 Markdown；另有 1 处：第 15 行 <\/script>$/,
    ],
    ['<iframe> block', '正文。\n\n<iframe src="https://evil.example"></iframe>', /^第 17 行含有 HTML（<iframe>）/],
    ['<img onerror>', '正文。\n\n<img src=x onerror=alert(1)>', /^第 17 行含有 HTML（<img>）/],
    ['a comment', '正文。<!-- 备注 -->', /^第 15 行含有 HTML（<!-- -->）/],
  ])('%s', (_what, body, message) => {
    expectArticleRejected({}, [{ field: 'body', message }], body);
  });

  it.each([
    ['a javascript: link', '正文[点我](javascript:alert(1))。', /^第 15 行的链接地址“javascript:alert\(1\)”不安全/],
    ['a JavaScript: autolink', '正文 <JavaScript:alert(1)> 。', /链接地址“JavaScript:alert\(1\)”不安全/],
    ['an entity-hidden scheme', '正文[点我](jav&#x61;script:alert(1))。', /链接地址“javascript:/],
    ['a data: image', '正文。\n\n![图](data:text/html;base64,PHNjcmlwdD4=)', /^第 17 行的图片地址“data:text\/html/],
    ['a vbscript: definition', '正文[点我][x]。\n\n[x]: vbscript:msgbox', /^第 17 行的链接地址“vbscript:msgbox”不安全/],
  ])('%s', (_what, body, message) => {
    expectArticleRejected({}, [{ field: 'body', message }], body);
  });

  it('accepts http(s), mailto and relative links', () => {
    const body = `${BASE_BODY}\n\n[原文](https://zjrb.zjol.com.cn/a.html)、[旧站](http://a.cn)、[来信](mailto:a@b.cn)、[专题](/series/x)。`;
    expect(validateContent([{ file: FILE, source: articleSource({}, body) }]).problems).toEqual([]);
  });
});

describe('control characters', () => {
  it.each([
    ['ESC in the body', `${BASE_BODY}\n\n清屏\u001b[2J了。`, 'body', /^第 19 行含有控制字符 U\+001B（第 3 个字符），请删除$/],
    ['NUL in the body', `正文\u0000。`, 'body', /^第 15 行含有控制字符 U\+0000（第 3 个字符）/],
    ['a C1 control in the body', `正文\u009b。`, 'body', /U\+009B/],
    ['DEL in the body', `正文\u007f。`, 'body', /U\+007F/],
    ['a lone CR in the body', `正文\r。`, 'body', /U\+000D/],
  ])('%s', (_what, body, field, message) => {
    expectArticleRejected({}, [{ field, message }], body);
  });

  it('BEL in the title and ESC in a nested field, written as YAML escapes', () => {
    expectArticleRejected({ title: '"标\\a题"', source: '\n  publication: "浙江\\e日报"\n  date: "2023-12-28"\n  page: 17' }, [
      { field: 'title', message: /^含有控制字符 U\+0007（第 2 个字符），请删除$/ },
      { field: 'source.publication', message: /U\+001B（第 3 个字符）/ },
    ]);
  });

  it('in a series file too', () => {
    expectRejected({ 'series/x.md': seriesSource('x', '专\u001b题', '导语\u0007。') }, [
      { file: 'series/x.md', field: 'title', message: /U\+001B/ },
      { file: 'series/x.md', field: 'body', message: /第 6 行.*U\+0007/ },
    ]);
  });

  it('accepts tabs and CRLF line ends', () => {
    const source = articleSource({}, `${BASE_BODY}\n\n\t缩进的段落。`).replaceAll('\n', '\r\n');
    expect(validateContent([{ file: FILE, source }]).problems).toEqual([]);
  });

  it('are escaped when a problem is printed', () => {
    const line = formatProblem({ file: 'a\u001b.md', field: 'x\u0007', message: '未知字段“\u009b”' });
    expect(line).toBe('a<U+001B>.md: x<U+0007>: 未知字段“<U+009B>”');
  });
});

describe('size limit', () => {
  const huge = articleSource({}, '汉'.repeat(7_000_000)); // 21 MB of UTF-8

  it('a 20 MB file in a folder is refused without being read', () => {
    const dir = folder({ [FILE]: huge, '2023/12/28/other.md': articleSource({ slug: 'other', authors: '[]' }) });
    const r = checkContent(dir);
    expect(r.problems.map(formatProblem)).toEqual([
      `${FILE}: (file): 文件 21 MB，超过 1 MB 的上限（约 30 万个汉字），未解析；请拆分文章`,
      '2023/12/28/other.md: authors: 至少需要一位作者',
    ]);
    expect(r.articles).toEqual([]);
  });

  it('a file given in memory is measured before it is parsed', () => {
    const r = validateContent([{ file: FILE, source: huge }]);
    expect(r.problems).toEqual([{ file: FILE, field: '(file)', message: expect.stringMatching(/超过 1 MB 的上限/) }]);
  });

  it('a file just under the limit is parsed', () => {
    const filler = '汉'.repeat(Math.floor((MAX_FILE_BYTES - 1000) / 3));
    const r = validateContent([{ file: FILE, source: articleSource({}, `${BASE_BODY}\n\n${filler}。`) }]);
    expect(r.problems).toEqual([]);
  });
});

describe('dates in the future (Asia/Shanghai)', () => {
  // 2023-12-27 16:30 UTC is 2023-12-28 00:30 in Shanghai: tomorrow there is 2023-12-29.
  const now = new Date('2023-12-27T16:30:00Z');
  const at = (date: string) => {
    const [y, m, d] = date.split('-');
    const file = `${y}/${m}/${d}/ceshi-wenzhang.md`;
    const source = articleSource({ date: `"${date}"`, source: `\n  publication: 浙江日报\n  date: "${date}"\n  page: 17` });
    return { file, source };
  };

  it('accepts today and tomorrow in Shanghai, though tomorrow in UTC is a day earlier', () => {
    for (const date of ['2023-12-28', '2023-12-29']) expect(validateContent([at(date)], { now }).problems).toEqual([]);
  });

  it('refuses the day after tomorrow, naming the date and today', () => {
    const file = at('2023-12-30');
    const r = validateContent([file], { now });
    expect(r.problems.map(formatProblem)).toEqual([
      `${file.file}: date: 日期 2023-12-30 在未来（今天是 2023-12-28，北京时间），不能发布`,
      `${file.file}: source.date: 日期 2023-12-30 在未来（今天是 2023-12-28，北京时间），不能发布`,
    ]);
    expect(r.articles).toEqual([]);
  });

  it('is decided at each load, not remembered by the parse cache', () => {
    const file = at('2023-12-30');
    const dir = folder({ [file.file]: file.source });
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
    tempDirs.push(cacheDir);
    process.env.CONTENT_CACHE = '1';
    process.env.CONTENT_CACHE_DIR = cacheDir;
    try {
      expect(checkContent(dir, { now }).problems).toHaveLength(2);
      const later = checkContent(dir, { now: new Date('2023-12-29T00:00:00Z') });
      expect(later.cache.hits).toBe(1);
      expect(later.problems).toEqual([]);
      expect(later.articles).toHaveLength(1);
    } finally {
      process.env.CONTENT_CACHE = '0';
      delete process.env.CONTENT_CACHE_DIR;
    }
  });
});

describe('the path agrees with the date and slug', () => {
  it('a date other than the folder’s', () => {
    expectArticleRejected({ date: '"2023-12-27"' }, [
      { field: 'date', message: /^日期 2023-12-27 与所在目录 2023\/12\/28\/ 不符：请改正日期，或把文件移到 2023\/12\/27\/$/ },
    ]);
  });

  it('a slug other than the file name', () => {
    expectArticleRejected({ slug: 'ceshi' }, [
      { field: 'slug', message: /^slug“ceshi”与文件名“ceshi-wenzhang\.md”不符：文件应命名为 ceshi\.md$/ },
    ]);
  });

  it('a series whose slug is not its file name', () => {
    expectRejected({ 'series/zhuanti.md': seriesSource('zhuan-ti', '专题') }, [
      { file: 'series/zhuanti.md', field: 'slug', message: /zhuan-ti.*zhuanti\.md/ },
    ]);
  });

  it('other layouts promise nothing', () => {
    const files: SourceFile[] = [
      { file: 'a.md', source: articleSource() },
      { file: 'misc/2023/b.md', source: articleSource({ slug: 'b', title: '乙' }, '乙文。') },
    ];
    expect(validateContent(files).problems).toEqual([]);
  });
});

describe('source.url', () => {
  const withUrl = (url: string) => ({ source: `\n  publication: 浙江日报\n  date: "2023-12-28"\n  page: 17\n  url: "${url}"` });

  it.each(['javascript:alert(1)', 'ftp://zjrb.cn/a.pdf', 'file:///etc/passwd'])('refuses %s', (url) => {
    expectArticleRejected(withUrl(url), [{ field: 'source.url', message: /^应为以 http:\/\/ 或 https:\/\/ 开头的完整网址$/ }]);
  });

  it('accepts https', () => {
    const source = articleSource(withUrl('https://zjrb.zjol.com.cn/html/2023-12/28/content_1.htm'));
    expect(validateContent([{ file: FILE, source }]).problems).toEqual([]);
  });
});

describe('files the loader does not read are reported, not skipped silently', () => {
  it('.MD, .markdown and symbolic links (inside the folder or out of it)', () => {
    const dir = folder({
      [FILE]: articleSource(),
      '2023/12/28/upper.MD': articleSource({ slug: 'upper' }),
      '2023/12/28/long.markdown': articleSource({ slug: 'long' }),
      '2023/12/28/notes.txt': 'not Markdown: ignored',
    });
    fs.symlinkSync(path.join(dir, FILE), path.join(dir, '2023/12/28/inside.md'));
    fs.symlinkSync('/etc/passwd', path.join(dir, '2023/12/28/outside.md'));
    fs.symlinkSync(os.tmpdir(), path.join(dir, '2023/12/28/folder'));
    const r = checkContent(dir);
    expect(r.problems.map(formatProblem).sort()).toEqual([
      '2023/12/28/folder: (file): 是符号链接，未读取：请把文件本身放进内容目录',
      '2023/12/28/inside.md: (file): 是符号链接，未读取：请把文件本身放进内容目录',
      '2023/12/28/long.markdown: (file): 扩展名应为小写 .md，此文件未读取',
      '2023/12/28/outside.md: (file): 是符号链接，未读取：请把文件本身放进内容目录',
      '2023/12/28/upper.MD: (file): 扩展名应为小写 .md，此文件未读取',
    ]);
    expect(r.articles.map((a) => a.file)).toEqual([FILE]);
  });
});
