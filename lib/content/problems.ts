import type { z } from 'zod';
import { escapeControl } from './control';
import type { Problem } from './schema';

/** `['locations', 0, 'city']` → `locations[0].city`, the way an editor reads their YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key]),
        message: '未知字段（拼写错误？可用字段见 README“如何添加文章”）',
      }));
    }
    return [{ file, field: fieldPath(issue.path) || '(frontmatter)', message: issue.message }];
  });
}

/**
 * `FILE: field: what is wrong`, one line per problem. Messages quote file text (names, values,
 * unknown keys), so control characters are shown escaped rather than sent to the terminal.
 */
export function formatProblem(p: Problem): string {
  return escapeControl(`${p.file}: ${p.field}: ${p.message}`);
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`内容有 ${problems.length} 处错误：\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
