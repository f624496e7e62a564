/**
 * Bylines in their printed forms: a trailing `（周静 严琰）`, or a leading `本报记者 X 通讯员 Y Z`;
 * roles are dropped, names printed without spaces are split (names.ts).
 */
import { splitNames, type NameSplit } from './names';

export type Byline = { authors: string[]; splits: (NameSplit & { token: string })[] };

const ROLES = /(本报(?:特约)?(?:记者|通讯员)|特约(?:记者|通讯员)|见习记者|实习生|记者|通讯员|摄影|撰稿)/gu;
const NAMES_ONLY = /^[\p{Script=Han}·\s、，,]+$/u;
const TRAILING = /[（(]([^()（）]{2,40})[）)]\s*$/u;

function parseNames(text: string, known: ReadonlySet<string>): Byline | undefined {
  if (!NAMES_ONLY.test(text)) return undefined;
  const tokens = text
    .replace(ROLES, ' ')
    .split(/[\s、，,]+/u)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.some((t) => Array.from(t).length < 2 || Array.from(t).length > 12)) return undefined;
  const splits = tokens.map((token) => ({ token, ...splitNames(token, known) }));
  return { authors: splits.flatMap((s) => s.names), splits };
}

/** A byline closing `text`: the names and the text before it. */
export function trailingByline(text: string, known: ReadonlySet<string>): { byline: Byline; rest: string } | undefined {
  const m = TRAILING.exec(text);
  if (!m) return undefined;
  const byline = parseNames(m[1].trim(), known);
  return byline && { byline, rest: text.slice(0, m.index).trimEnd() };
}

/** A paragraph that is only a byline with roles (本报记者 王明 通讯员 李华). */
export function leadingByline(text: string, known: ReadonlySet<string>): Byline | undefined {
  if (!/^(本报|特约|记者|通讯员|见习|实习)/u.test(text) || Array.from(text).length > 60) return undefined;
  return parseNames(text, known);
}
