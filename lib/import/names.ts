/**
 * Splits names printed without spaces (倪智海俞琳 → 倪智海 俞琳): every cut into names of two or
 * three characters (four with a compound surname) is scored by names the site already knows and
 * by how common each name's surname is; the best wins, and the split is a guess unless every
 * name is known or the runner-up is far behind.
 */
import { COMPOUND_SURNAMES, SURNAMES } from './surnames';

export type NameSplit = { names: string[]; guess: boolean; why: string };

const surnameRank = new Map(SURNAMES.map((s, i) => [s, i]));

function nameScore(name: string, known: ReadonlySet<string>): number {
  if (known.has(name)) return 10;
  const compound = COMPOUND_SURNAMES.some((c) => name.startsWith(c));
  if (compound) return name.length >= 3 ? 3 : -5;
  const rank = surnameRank.get(name[0]);
  return rank === undefined ? -5 : 3 - rank / 100;
}

function partitions(chars: string[]): string[][] {
  if (chars.length === 0) return [[]];
  const out: string[][] = [];
  for (const len of [2, 3, 4]) {
    if (len > chars.length) break;
    const head = chars.slice(0, len).join('');
    if (len === 4 && !COMPOUND_SURNAMES.some((c) => head.startsWith(c))) continue;
    for (const rest of partitions(chars.slice(len))) out.push([head, ...rest]);
  }
  return out;
}

export function splitNames(token: string, known: ReadonlySet<string>): NameSplit {
  const chars = Array.from(token);
  if (known.has(token) || chars.length <= 3 || (chars.length === 4 && COMPOUND_SURNAMES.some((c) => token.startsWith(c)))) {
    return { names: [token], guess: false, why: '' };
  }
  const scored = partitions(chars)
    .map((names) => ({ names, score: names.reduce((s, n) => s + nameScore(n, known), 0) / names.length }))
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { names: [token], guess: true, why: `“${token}”无法切分为姓名` };
  const [best, second] = scored;
  const allKnown = best.names.every((n) => known.has(n));
  const guess = !allKnown && (!second || best.score - second.score < 4 || best.names.some((n) => !surnameRank.has(n[0])));
  const basis = best.names.map((n) => (known.has(n) ? `${n}（已有作者）` : n)).join(' ');
  const why = `“${token}”连排无空格，按已知作者与姓氏切分为 ${basis}${second ? `（次选 ${second.names.join(' ')}）` : ''}`;
  return { names: best.names, guess, why };
}
