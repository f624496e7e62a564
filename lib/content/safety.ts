/**
 * What a content file may not contain, whatever else it says: more than MAX_FILE_BYTES, control
 * characters, raw HTML, or links that run code. Sanitizing alone is not enough: it drops a
 * <script> tag but publishes its inner text, so such a file is refused with a message instead.
 */
import type { Nodes, Root } from 'mdast';
import { escapeControl, firstControl } from './control';
import { fieldPath } from './problems';
import type { Problem } from './schema';

/**
 * 1 MB, about 300 000 Chinese characters; the longest real article is 3 KB. Checked before
 * reading or parsing, so an oversized file costs a stat call, not seconds of Markdown parsing.
 */
export const MAX_FILE_BYTES = 1_000_000;

export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `文件 ${mb(bytes)}，超过 ${mb(MAX_FILE_BYTES)} 的上限（约 30 万个汉字），未解析；请拆分文章`;
}

/** One problem per front-matter key or string value, at any depth, holding a control character. */
export function controlProblemsInData(file: string, data: unknown, at: PropertyKey[] = []): Problem[] {
  if (typeof data === 'string') {
    const hit = firstControl(data);
    if (!hit) return [];
    return [{ file, field: fieldPath(at) || '(frontmatter)', message: `含有控制字符 ${hit.label}（第 ${hit.column} 个字符），请删除` }];
  }
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const path = [...at, Array.isArray(data) ? Number(key) : key];
    const keyHit = Array.isArray(data) ? null : firstControl(key);
    const keyProblem = keyHit ? [{ file, field: fieldPath(path), message: `字段名含有控制字符 ${keyHit.label}，请删除` }] : [];
    return [...keyProblem, ...controlProblemsInData(file, value, path)];
  });
}

type Finding = { line: number; what: string };

/** One message per kind of problem, naming the first and where the next few are. */
function firstOf(found: Finding[], describe: (f: Finding) => string): string[] {
  if (found.length === 0) return [];
  const others = found.slice(1, 4).map((f) => `第 ${f.line} 行 ${f.what}`);
  const more = found.length > 4 ? ' 等' : '';
  return [`${describe(found[0])}${others.length > 0 ? `；另有 ${found.length - 1} 处：${others.join('、')}${more}` : ''}`];
}

/** The body's lines with a control character, numbered as lines of the file. */
export function controlProblemsInBody(body: string, bodyLine: number): string[] {
  const found = body.split(/\r?\n/).flatMap((text, i) => {
    const hit = firstControl(text);
    return hit ? [{ line: bodyLine + i, what: `${hit.label}（第 ${hit.column} 个字符）` }] : [];
  });
  return firstOf(found, (f) => `第 ${f.line} 行含有控制字符 ${f.what}，请删除`);
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A URL's scheme as a browser reads it (it ignores blanks and controls inside), or null if relative. */
function scheme(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return match ? match[1].toLowerCase() : null;
}

function descendants(node: Nodes): Nodes[] {
  const children: Nodes[] = 'children' in node ? node.children : [];
  return [node, ...children.flatMap(descendants)];
}

/** `<script>`, `</span>` or `<!-- -->`: how an HTML fragment is named in a message. */
function htmlName(html: string): string {
  if (html.startsWith('<!--')) return '<!-- -->';
  const tag = /^<(\/?[A-Za-z][A-Za-z0-9-]*)/.exec(html.trim());
  return tag ? `<${tag[1]}>` : escapeControl(Array.from(html.trim()).slice(0, 20).join(''));
}

/** Raw HTML and links or images whose scheme can run code (javascript:, data:, vbscript:). */
export function unsafeMarkdown(tree: Root, bodyLine: number): string[] {
  const nodes = descendants(tree);
  const line = (n: Nodes) => bodyLine + (n.position?.start.line ?? 1) - 1;
  const html = nodes.flatMap((n) => (n.type === 'html' ? [{ line: line(n), what: htmlName(n.value) }] : []));
  const links = nodes.flatMap((n) => {
    if (n.type !== 'link' && n.type !== 'image' && n.type !== 'definition') return [];
    const s = scheme(n.url);
    if (s === null || SAFE_SCHEMES.has(s)) return [];
    const url = escapeControl(Array.from(n.url).slice(0, 40).join(''));
    return [{ line: line(n), what: `${n.type === 'image' ? '图片' : '链接'}地址“${url}”` }];
  });
  return [
    ...firstOf(html, (f) => `第 ${f.line} 行含有 HTML（${f.what}），正文只能用 Markdown`),
    ...firstOf(links, (f) => `第 ${f.line} 行的${f.what}不安全：只能用 http(s)、mailto 或相对地址`),
  ];
}
