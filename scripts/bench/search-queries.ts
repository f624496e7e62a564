// The search benchmark's query set: drawn from the corpus with a fixed seed, so every engine and
// every run sees the same queries.
import type { SearchDocument, SearchParams } from '../../lib/search/index';
import { mulberry32 } from '../lib/synthetic/generate';

export type Kind = '2-char' | '3-char' | '4-char' | 'phrase' | 'two terms' | 'miss';
export interface Query {
  kind: Kind;
  params: SearchParams;
}

export function makeQueries(docs: readonly SearchDocument[], count: number, seed: number): Query[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const han = /^\p{Script=Han}+$/u;
  const word = (len: number): string => {
    for (;;) {
      const d = pick(docs);
      const chars = Array.from(rand() < 0.85 ? d.text : d.title);
      const at = Math.floor(rand() * Math.max(1, chars.length - len));
      const w = chars.slice(at, at + len).join('');
      if (w.length >= len && han.test(w)) return w;
    }
  };
  const phrase = (): string => {
    const d = pick(docs);
    const chars = Array.from(d.text);
    const len = 6 + Math.floor(rand() * 9);
    const at = Math.floor(rand() * Math.max(1, chars.length - len));
    return chars
      .slice(at, at + len)
      .join('')
      .replace(/\s+/g, '');
  };
  const kinds: Kind[] = ['2-char', '3-char', '4-char', 'phrase', 'two terms'];
  const out: Query[] = [];
  for (let i = 0; i < count; i++) {
    const kind: Kind = i % 20 === 19 ? 'miss' : kinds[i % kinds.length];
    let q: string;
    switch (kind) {
      case '2-char':
        q = word(2);
        break;
      case '3-char':
        q = word(3);
        break;
      case '4-char':
        q = word(4);
        break;
      case 'phrase':
        q = phrase();
        break;
      case 'two terms':
        q = `${word(2 + Math.floor(rand() * 2))} ${word(2 + Math.floor(rand() * 3))}`;
        break;
      default:
        q = `${word(2)}鲸鲨`; // characters absent from the source text
    }
    const params: SearchParams = { q };
    // A quarter of the queries carry a place filter (city, or city and district).
    if (rand() < 0.25) {
      const p = pick(pick(docs).places);
      params.city = p.citySlug;
      if (p.districtSlug && rand() < 0.5) params.district = p.districtSlug;
    }
    out.push({ kind, params });
  }
  return out;
}
