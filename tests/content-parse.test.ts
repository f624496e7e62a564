import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../lib/content/frontmatter';
import { renderMarkdown } from '../lib/content/markdown';
import { punctuationProblem } from '../lib/content/lint';
import { compareArticles, summarize } from '../lib/content/validate';
import type { Article } from '../lib/content/schema';
import { hasLoneSurrogate } from './fixtures/content/build';

describe('splitFrontmatter', () => {
  it('splits a plain LF file into data, body and the line the body starts on', () => {
    const r = splitFrontmatter('---\ntitle: 标题\nslug: a-b\n---\n正文第一行。\n');
    expect(r).toEqual({ ok: true, data: { title: '标题', slug: 'a-b' }, body: '正文第一行。\n', bodyLine: 5 });
  });

  it('ignores a UTF-8 byte order mark before the opening fence', () => {
    const r = splitFrontmatter('\uFEFF---\ntitle: 标题\n---\n正文。');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toEqual({ title: '标题' });
    expect(r.body).toBe('正文。');
  });

  it('reads CRLF files: no \\r in keys or values, body starts after the closing fence', () => {
    const r = splitFrontmatter('---\r\ntitle: 标题\r\nauthors: [周静, 严琰]\r\n---\r\n正文。\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toEqual({ title: '标题', authors: ['周静', '严琰'] });
    expect(r.body).toBe('正文。\r\n');
    expect(r.bodyLine).toBe(5);
  });

  it('reports a missing opening fence', () => {
    const r = splitFrontmatter('title: 标题\n---\n正文。');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('---');
    expect(r.message).toMatch(/缺少/);
  });

  it('reports a missing closing fence', () => {
    const r = splitFrontmatter('---\ntitle: 标题\n\n正文。\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('---');
  });

  it('does not accept a fence that is not at the very start of the file', () => {
    expect(splitFrontmatter('\n---\ntitle: 标题\n---\n正文。').ok).toBe(false);
  });

  it('rejects frontmatter that is not a mapping', () => {
    const r = splitFrontmatter('---\n- 标题\n- 作者\n---\n正文。');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/映射|字段/);
  });

  // File line numbers: line 1 is the opening `---`, so YAML line N is file line N + 1.
  it('reports malformed YAML with the line of the file where the error is', () => {
    const source = ['---', 'title: 标题', 'slug: a-b', 'summary: 甲: 乙', 'date: "2023-12-28"', '---', '正文。'].join('\n');
    const r = splitFrontmatter(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/YAML/);
    expect(r.message).toContain('第 4 行');
  });

  it('reports a duplicated key with the line of the duplicate', () => {
    const source = ['---', 'title: 标题', 'slug: a-b', 'authors: [周静]', 'title: 另一个标题', '---', '正文。'].join('\n');
    const r = splitFrontmatter(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('第 5 行');
  });

  it('keeps unquoted dates as strings, including impossible ones (no YAML 1.1 timestamps)', () => {
    const r = splitFrontmatter('---\ndate: 2023-12-28\nbad: 2023-02-30\nsource:\n  date: 2023-12-28\n---\n正文。');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toEqual({ date: '2023-12-28', bad: '2023-02-30', source: { date: '2023-12-28' } });
  });

  it('keeps numbers as numbers and booleans as booleans (core schema)', () => {
    const r = splitFrontmatter('---\npage: 17\neditorTitle: true\n---\n');
    expect(r.ok && r.data).toEqual({ page: 17, editorTitle: true });
  });
});

describe('renderMarkdown', () => {
  it('turns paragraphs into <p> and separates blocks with one blank line in the text', () => {
    const { html, text } = renderMarkdown('第一段。\n\n\n\n第二段。\n\n第三段。\n');
    expect(html).toBe('<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段。</p>');
    expect(text).toBe('第一段。\n\n第二段。\n\n第三段。');
  });

  it('preserves CJK text, full-width punctuation and ASCII inside it exactly', () => {
    const para =
      '“童”行消防 感恩“蓝焰”：余杭分局（下称“余杭分局”）创建“1+2+3+N”体系，达95%以上、近4.5万件……“微网格—网格—村社”·“蓝焰U+”';
    const { html, text } = renderMarkdown(`${para}\n`);
    expect(text).toBe(para);
    expect(html).toBe(`<p>${para}</p>`);
  });

  it('keeps astral CJK characters and emoji intact', () => {
    const para = '𠀀𠀁字与😀表情👨‍👩‍👧并存。';
    expect(renderMarkdown(para).text).toBe(para);
  });

  it('drops a raw <script> block from the HTML and from the plain text', () => {
    const { html, text } = renderMarkdown('第一段。\n\n<script>alert("x")</script>\n\n第二段。');
    expect(html).not.toMatch(/script|alert/i);
    expect(html).toBe('<p>第一段。</p>\n<p>第二段。</p>');
    expect(text).not.toMatch(/script|alert/i);
    expect(text).toBe('第一段。\n\n第二段。');
  });

  it('drops an inline <img onerror> from the HTML and from the plain text', () => {
    const { html, text } = renderMarkdown('前文<img src="x" onerror="alert(1)">后文。');
    expect(html).not.toMatch(/onerror|<img|alert/i);
    expect(html).toBe('<p>前文后文。</p>');
    expect(text).not.toMatch(/onerror|<img|alert/i);
    expect(text).toBe('前文后文。');
  });

  it('neutralises javascript: links and images but keeps their words', () => {
    const { html, text } = renderMarkdown(
      '[点我](javascript:alert(1)) 和 ![图](javascript:alert(2)) 和 [正常](https://zjrb.zjol.com.cn/)',
    );
    expect(html).not.toMatch(/javascript|alert/i);
    expect(html).toContain('<a>点我</a>');
    expect(html).toContain('<a href="https://zjrb.zjol.com.cn/">正常</a>');
    expect(text).toContain('点我');
    expect(text).not.toMatch(/javascript/i);
  });

  it('escapes < and & written as text', () => {
    const { html, text } = renderMarkdown('A&B 公司 a < b');
    expect(html).not.toContain('A&B');
    expect(html).toMatch(/A&(amp|#x26);B/);
    expect(text).toBe('A&B 公司 a < b');
  });

  it('has no \\r in the text of a CRLF body', () => {
    const { text } = renderMarkdown('第一段。\r\n\r\n第二段。\r\n');
    expect(text).toBe('第一段。\n\n第二段。');
  });

  it.each([
    ['LF', '第一行接着\n第二行。\n\n下一段。'],
    ['CRLF', '第一行接着\r\n第二行。\r\n\r\n下一段。'],
  ])('keeps one line per block: a paragraph hard-wrapped in the source (%s) is one line of text', (_eol, md) => {
    const { text } = renderMarkdown(md);
    expect(text).not.toContain('\r');
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block).not.toContain('\n');
    expect(blocks[0]).toContain('第一行接着');
    expect(blocks[0]).toContain('第二行。');
  });

  it('does not glue list items together in the text', () => {
    const { html, text } = renderMarkdown('- 甲方\n- 乙方\n');
    expect(html).toContain('<li>甲方</li>');
    expect(text).toContain('甲方');
    expect(text).toContain('乙方');
    expect(text).not.toContain('甲方乙方');
  });
});

describe('punctuationProblem', () => {
  it('flags an ASCII comma after a Han character and suggests the full-width one, with context', () => {
    const msg = punctuationProblem('今年以来,杭州市上城区立足丰厚的资源禀赋');
    expect(msg).not.toBeNull();
    expect(msg).toContain('“,”');
    expect(msg).toContain('，');
    expect(msg).toContain('今年以来,杭州市');
  });

  it('flags an ASCII comma before a Han character', () => {
    expect(punctuationProblem('2023年12月28日 ABC,杭州')).toContain('，');
  });

  it.each([
    [';', '；'],
    [':', '：'],
    ['!', '！'],
    ['?', '？'],
    ['(', '（'],
    [')', '）'],
  ])('flags %s next to Han and suggests %s', (half, full) => {
    const msg = punctuationProblem(`一二三${half}四五六`);
    expect(msg).toContain(`“${half}”`);
    expect(msg).toContain(full);
  });

  it('flags a lone em dash between Han characters and suggests ——', () => {
    expect(punctuationProblem('持续完善“微网格—网格—村社”机制')).toBe(
      '单个破折号“—”（…持续完善“微网格—网格—村社”机…），中文破折号请用两个“——”',
    );
    expect(punctuationProblem('微网格——网格——村社')).toBeNull();
    expect(punctuationProblem('2023—2024 年')).toBeNull();
  });

  it('flags straight double and single quotes anywhere', () => {
    expect(punctuationProblem('开展"消防戏"活动')).toContain('"');
    expect(punctuationProblem("开展'消防戏'活动")).toContain("'");
    expect(punctuationProblem('say "hi"')).not.toBeNull();
  });

  it('shows context around astral Han characters without splitting them', () => {
    const msg = punctuationProblem('𠀀𠀁𠀂,𠀃𠀄');
    expect(msg).toContain('𠀀𠀁𠀂,𠀃𠀄');
    expect(hasLoneSurrogate(msg!)).toBe(false);
  });

  it.each([
    '今年以来，杭州市上城区立足丰厚的资源禀赋，守正创新、扩面提质。',
    '创建“1+2+3+N”的网络人士统战工作体系',
    '本次论坛创新采用“1+4+N”模式',
    '该区创新推出富有上城特色的“2会3盟N分会”新联组织架构',
    '讨论解决民生实事近4.5万件，办结率达95%以上',
    '打造“蓝焰U+”青年志愿服务队',
    '杭州市生态环境局余杭分局（下称“余杭分局”）',
    '“大家都是邻居嘛，抬头不见低头见，各退一步好不好……”',
    '推出“幸福满仓一‘骑’向前”服务项目',
    '持续完善“微网格——网格——村社——镇街——区级”五级民情办理机制',
    'Hello, world (ASCII only): fine!',
    '会议于 10:30 开始',
    '',
  ])('accepts %j', (text) => {
    expect(punctuationProblem(text)).toBeNull();
  });
});

describe('summarize', () => {
  it('returns a short first line unchanged', () => {
    expect(summarize('一句话的第一段。\n\n第二段。')).toBe('一句话的第一段。');
  });

  it('uses only the first line', () => {
    expect(summarize('甲。\n\n乙。')).toBe('甲。');
  });

  it('cuts at the last sentence end when it is past half the limit', () => {
    const first = `${'甲'.repeat(59)}。`; // 60 characters
    const text = `${first}${'乙'.repeat(40)}。`;
    expect(summarize(text)).toBe(first);
  });

  it('cuts at max characters and adds an ellipsis when there is no late sentence end', () => {
    const text = `${'甲'.repeat(10)}。${'乙'.repeat(100)}`;
    expect(summarize(text)).toBe(`${'甲'.repeat(10)}。${'乙'.repeat(69)}…`);
  });

  it('honours a custom max', () => {
    expect(summarize('一二三四五六七八九十', 4)).toBe('一二三四…');
  });

  it('counts astral Han characters as one character each', () => {
    const text = '𠀀'.repeat(100);
    const s = summarize(text);
    expect(s).toBe(`${'𠀀'.repeat(80)}…`);
    expect(Array.from(s)).toHaveLength(81);
    expect(hasLoneSurrogate(s)).toBe(false);
  });

  it('never splits an emoji surrogate pair, whatever the alignment', () => {
    for (const prefix of ['', 'a', '甲乙', 'abc']) {
      const text = prefix + '😀'.repeat(100);
      const s = summarize(text);
      expect(hasLoneSurrogate(s)).toBe(false);
      expect(s).toBe(Array.from(text).slice(0, 80).join('') + '…');
    }
  });

  it('keeps a text of exactly max characters whole, even if it is longer in UTF-16 units', () => {
    const text = '𠀀'.repeat(80);
    expect(text.length).toBe(160);
    expect(summarize(text)).toBe(text);
  });

  it('measures "past half the limit" in characters, not UTF-16 units', () => {
    // The 。 is the 31st character (before the half, 40) but sits at UTF-16 index 60.
    const text = `${'𠀀'.repeat(30)}。${'中'.repeat(60)}`;
    expect(summarize(text)).toBe(`${Array.from(text).slice(0, 80).join('')}…`);
  });
});

describe('compareArticles', () => {
  const a = (slug: string, date: string, order?: number, page = 17) =>
    ({ slug, date, order, source: { page } }) as unknown as Article;

  it('orders by date descending, then order ascending (missing order last), then slug', () => {
    const list = [
      a('c-old', '2023-12-27', 1),
      a('b-no-order', '2023-12-28'),
      a('z-first', '2023-12-28', 1),
      a('a-no-order', '2023-12-28'),
      a('y-second', '2023-12-28', 2),
      a('x-second', '2023-12-28', 2),
      a('new', '2024-01-02', 5),
      a('zero', '2023-12-28', 0),
    ];
    const sorted = [...list].sort(compareArticles).map((x) => x.slug);
    expect(sorted).toEqual(['new', 'zero', 'z-first', 'x-second', 'y-second', 'a-no-order', 'b-no-order', 'c-old']);
  });

  it('is antisymmetric and returns 0 only for the same article', () => {
    const x = a('x', '2023-12-28', 1);
    const y = a('y', '2023-12-28', 1);
    expect(Math.sign(compareArticles(x, y))).toBe(-Math.sign(compareArticles(y, x)));
    expect(compareArticles(x, y)).toBeLessThan(0);
    expect(compareArticles(x, x)).toBe(0);
    expect(compareArticles(a('p', '2023-01-01', 1), a('q', '2023-12-31', 9))).toBeGreaterThan(0);
  });

  it('puts a day in printed page order first (版次), then each page in its reading order', () => {
    const list = [
      a('p17-1', '2023-12-28', 1, 17),
      a('p1-2', '2023-12-28', 2, 1),
      a('p5-1', '2023-12-28', 1, 5),
      a('p1-1', '2023-12-28', 1, 1),
    ];
    expect([...list].sort(compareArticles).map((x) => x.slug)).toEqual(['p1-1', 'p1-2', 'p5-1', 'p17-1']);
  });
});
