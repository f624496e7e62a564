/**
 * Synthetic OCR pages made from the curated articles, for `bench:import`: articles in another
 * order, other line widths, half-width punctuation and straight quotes, bylines with and without
 * spaces, headings with or without `#`, OCR look-alikes injected into clean text, and optionally
 * one spliced block and one pair of interleaved columns. Seeded, so a figure can be reproduced.
 */
import type { Article } from '../lib/content/schema';

export type VariantOptions = {
  seed: number;
  width: number;
  marks: boolean;
  confusions: number;
  splice: boolean;
  interleave: boolean;
};
export type Injected = { slug: string; from: string; to: string };
export type Variant = { text: string; order: Article[]; injected: Injected[]; spliced?: string; interleaved?: string };

const SWAPS: Record<string, string> = {
  干: '于',
  入: '人',
  卷: '券',
  已: '己',
  未: '末',
  士: '土',
  本: '木',
  令: '今',
  候: '侯',
  拨: '拔',
  治: '冶',
  扬: '杨',
};

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const toHalf = (s: string) =>
  s
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/，/g, ',')
    .replace(/：/g, ':')
    .replace(/；/g, ';')
    .replace(/！/g, '!')
    .replace(/？/g, '?')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

function wrap(text: string, width: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}

function inject(body: string, slug: string, n: number, next: () => number, out: Injected[]): string {
  const chars = Array.from(body);
  const candidates = chars.map((c, i) => (SWAPS[c] ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < n && candidates.length; k++) {
    const at = candidates.splice(Math.floor(next() * candidates.length), 1)[0];
    out.push({ slug, from: chars[at], to: SWAPS[chars[at]] });
    chars[at] = SWAPS[chars[at]];
  }
  return chars.join('');
}

export function makeVariant(articles: Article[], o: VariantOptions): Variant {
  const next = rng(o.seed);
  const order = [...articles].sort(() => next() - 0.5);
  const injected: Injected[] = [];
  const blocks: string[] = [];
  let spliced: string | undefined;
  let interleaved: string | undefined;
  order.forEach((a, ai) => {
    if (!a.editorTitle) blocks.push(o.marks ? `## ${toHalf(a.title)}` : toHalf(a.title));
    const paras = a.text.split(/\n+/).map((p) => inject(p, a.slug, o.confusions > 0 && next() < 0.5 ? 1 : 0, next, injected));
    let lines = paras.map((p) => wrap(toHalf(p), o.width).join(' '));
    if (
      o.interleave &&
      !interleaved &&
      paras.length >= 3 &&
      Array.from(paras[0]).length > 120 &&
      Array.from(paras[1]).length > 120
    ) {
      const [l1, l2] = [wrap(toHalf(paras[0]), o.width), wrap(toHalf(paras[1]), o.width)];
      const mixed: string[] = [];
      for (let i = 0; i < Math.max(l1.length, l2.length); i++) mixed.push(...(l1[i] ? [l1[i]] : []), ...(l2[i] ? [l2[i]] : []));
      lines = [mixed.join(' '), ...lines.slice(2)];
      interleaved = a.slug;
    }
    if (o.splice && !spliced && ai > 0 && lines.length >= 2) {
      const donor = order[(ai + 3) % order.length];
      const cut = Math.floor(Array.from(lines[0]).length / 2);
      const head = Array.from(lines[0])
        .slice(0, cut)
        .join('')
        .replace(/[,，。!?"“”、:：;；]+$/u, '')
        .trimEnd();
      const tail = Array.from(lines[0])
        .slice(head.length === 0 ? 0 : Array.from(head).length)
        .join('')
        .trimStart();
      const run = wrap(toHalf(donor.text.split(/\n+/)[0]), 14).slice(0, 6);
      lines = [head, ...run, tail, ...lines.slice(1)];
      spliced = a.slug;
    }
    blocks.push(...lines);
    const names = a.authors.join(next() < 0.5 ? ' ' : '');
    blocks[blocks.length - 1] += ` (${names})`;
  });
  return { text: `${blocks.join('\n\n')}\n`, order, injected, spliced, interleaved };
}
