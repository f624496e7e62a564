import { parseDocument } from 'yaml';

export type SplitResult =
  | { ok: true; data: unknown; body: string; bodyLine: number }
  | { ok: false; message: string };

/**
 * What `yaml` throws as an editor's message: nested aliases (&a … *a) grow exponentially when
 * expanded ("billion laughs"), and toJS stops them with a ReferenceError past its alias budget.
 */
function yamlThrowMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(text)) {
    return 'YAML 别名（&名 … *名）层层引用、展开过多，已拒绝读取；头信息里请直接写出取值';
  }
  return `YAML 无法读取：${text.split('\n')[0]}`;
}

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
  let data: unknown;
  try {
    const doc = parseDocument(match[1], { schema: 'core', prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const line = (e.linePos?.[0].line ?? 0) + 1; // +1 for the opening fence
      return { ok: false, message: `YAML 格式错误（第 ${line} 行）：${e.message.split('\n')[0]}` };
    }
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, message: yamlThrowMessage(error) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'YAML 头信息应为“字段: 值”的映射' };
  }
  const bodyLine = match[0].split('\n').length;
  return { ok: true, data, body: text.slice(match[0].length), bodyLine };
}
