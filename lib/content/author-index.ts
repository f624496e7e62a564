// The index of authors (/authors): every byline name with its article count, grouped by the
// initial of its pinyin the way a Chinese directory is, surnames read as surnames (单 → shàn).
import { pinyin } from 'pinyin-pro';
import { articlesByAuthor, authors } from './catalog';
import type { Content } from './validate';

export interface AuthorEntry {
  name: string;
  count: number;
}

export interface AuthorGroup {
  /** A–Z, or # for names that do not start with a Han character or a Latin letter. */
  initial: string;
  authors: AuthorEntry[];
}

/** Toneless pinyin of a name with the surname read as one (曾 → zeng, not ceng). */
export function namePinyin(name: string): string {
  return pinyin(name, { surname: 'head', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase();
}

export function authorIndex(content: Content): AuthorGroup[] {
  const entries = authors(content).map((name) => ({ name, count: articlesByAuthor(content, name).length, key: namePinyin(name) }));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const groups = new Map<string, AuthorEntry[]>();
  for (const { name, count, key } of entries) {
    const initial = /^[a-z]/.test(key) ? key[0].toUpperCase() : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), { name, count }]);
  }
  return [...groups].map(([initial, list]) => ({ initial, authors: list })).sort((a, b) => (a.initial === '#' ? 1 : b.initial === '#' ? -1 : a.initial < b.initial ? -1 : 1));
}
