import { parseDocument } from 'yaml';

export type SplitResult =
  | { ok: true; data: unknown; body: string; bodyLine: number }
  | { ok: false; message: string };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Markdown file into YAML frontmatter and body.
 * YAML is read with the core schema so `date: 2023-12-28` stays a string: the 1.1 timestamp
 * type would silently turn 2023-02-30 into March 2nd.
 */
export function splitFrontmatter(source: string): SplitResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) return { ok: false, message: '文件开头缺少以 --- 包围的 YAML 头信息' };
  const doc = parseDocument(match[1], { schema: 'core', prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = (e.linePos?.[0].line ?? 0) + 1; // +1 for the opening fence
    return { ok: false, message: `YAML 格式错误（第 ${line} 行）：${e.message.split('\n')[0]}` };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'YAML 头信息应为“字段: 值”的映射' };
  }
  const bodyLine = match[0].split('\n').length;
  return { ok: true, data, body: text.slice(match[0].length), bodyLine };
}
