import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import sansRanges from '@fontsource/noto-sans-sc/unicode.json';
import serifRanges from '@fontsource/noto-serif-sc/unicode.json';

/*
 * Fonts for the generated share images only, never for body text. The share-image renderer
 * (next/og's satori) reads TTF/OTF/WOFF but not WOFF2, and for any glyph missing from the fonts
 * it is given it tries to download one from Google Fonts, which this site must never do. So the
 * bytes come from npm packages: fontsource splits Noto CJK into ~100 WOFF files by Unicode range,
 * and loading only the files that cover one card's characters keeps a render to a few hundred KB
 * instead of the 10 MB+ family, with nothing large committed.
 */

export const ShareFontFamilySchema = z.enum(['Noto Serif SC', 'Noto Sans SC']);
export const ShareFontWeightSchema = z.literal([400, 700]);
export const ShareFontSchema = z.object({
  name: z.string(),
  data: z.instanceof(ArrayBuffer),
  weight: ShareFontWeightSchema,
  style: z.literal('normal'),
});
/** Subset id → CSS unicode-range, as fontsource publishes it in unicode.json. */
export const UnicodeRangeMapSchema = z.record(z.string(), z.string());

export type ShareFontFamily = z.infer<typeof ShareFontFamilySchema>;
export type ShareFontWeight = z.infer<typeof ShareFontWeightSchema>;
export type ShareFont = z.infer<typeof ShareFontSchema>;
export type UnicodeRangeMap = z.infer<typeof UnicodeRangeMapSchema>;
export type CodePointRange = readonly [number, number];

const FAMILIES: Record<ShareFontFamily, { pkg: string; ranges: UnicodeRangeMap }> = {
  'Noto Serif SC': { pkg: 'noto-serif-sc', ranges: UnicodeRangeMapSchema.parse(serifRanges) },
  'Noto Sans SC': { pkg: 'noto-sans-sc', ranges: UnicodeRangeMapSchema.parse(sansRanges) },
};

const parsed = new Map<string, CodePointRange[]>();

/** "U+4e00-4e0f,U+3001" → [[0x4e00, 0x4e0f], [0x3001, 0x3001]]. */
export function parseUnicodeRange(css: string): CodePointRange[] {
  const hit = parsed.get(css);
  if (hit) return hit;
  const ranges = css
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(part);
      if (!m) throw new Error(`Not a unicode-range item: ${part}`);
      // A wildcard range like U+4?? covers U+400–4FF.
      const lo = parseInt(m[1].replaceAll('?', '0'), 16);
      const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replaceAll('?', 'f'), 16);
      return [lo, hi] as const;
    });
  parsed.set(css, ranges);
  return ranges;
}

/** "[12]" → "12", "latin" → "latin": the id as it appears in fontsource file names. */
const fileId = (key: string) => key.replace(/^\[(\d+)\]$/, '$1');

/**
 * The subset ids whose ranges cover the characters of `text`, in the map's order. The Latin
 * subset is always included: it holds the space, digits and ASCII punctuation.
 */
export function subsetsFor(text: string, map: UnicodeRangeMap): string[] {
  const needed = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp !== undefined && !/\s/.test(ch)) needed.add(cp);
  }
  const out: string[] = [];
  for (const [key, css] of Object.entries(map)) {
    const ranges = parseUnicodeRange(css);
    const hit = key === 'latin' || [...needed].some((cp) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (hit) out.push(fileId(key));
  }
  return out;
}

// Resolved from the working directory like CONTENT_DIR: the server runs from the project root,
// and a fixed root keeps the bundler from tracing the font folders into the build.
const FONT_ROOT = path.join(process.cwd(), 'node_modules', '@fontsource');
const fileCache = new Map<string, Promise<ArrayBuffer>>();

function readFont(file: string): Promise<ArrayBuffer> {
  let hit = fileCache.get(file);
  if (!hit) {
    hit = readFile(file).then((buf) => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    // A failed read is not remembered, so a later request can succeed.
    hit.catch(() => fileCache.delete(file));
    fileCache.set(file, hit);
  }
  return hit;
}

export type FontRequest = { family: ShareFontFamily; weight: ShareFontWeight; text: string };
export type LoadedShareFonts = {
  fonts: ShareFont[];
  /** Per family, a CSS font-family list naming each loaded subset. */
  stacks: Record<ShareFontFamily, string>;
};

/**
 * Characters that can be drawn from the bundled fonts. Anything else is dropped, because the
 * image renderer would otherwise try to download a fallback font (or emoji) from the network.
 */
export function drawable(text: string, family: ShareFontFamily = 'Noto Serif SC'): string {
  const ranges = Object.values(FAMILIES[family].ranges).flatMap(parseUnicodeRange);
  return Array.from(text)
    .filter((ch) => {
      if (/\s/.test(ch)) return true;
      if (/\p{Extended_Pictographic}/u.test(ch)) return false;
      const cp = ch.codePointAt(0) ?? 0;
      return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
    })
    .join('');
}

/**
 * The WOFF files needed to draw each request's text. The renderer picks one font per family
 * name, so every subset gets a name of its own and the family becomes a list of those names.
 */
export async function loadShareFonts(requests: readonly FontRequest[]): Promise<LoadedShareFonts> {
  const stacks: Record<ShareFontFamily, string> = { 'Noto Serif SC': 'serif', 'Noto Sans SC': 'sans-serif' };
  const jobs = requests.flatMap(({ family, weight, text }) => {
    const { pkg, ranges } = FAMILIES[family];
    const ids = subsetsFor(text, ranges);
    stacks[family] = ids.map((id) => `${family} ${weight} ${id}`).join(', ');
    return ids.map(async (id): Promise<ShareFont> => ({
      name: `${family} ${weight} ${id}`,
      weight,
      style: 'normal',
      data: await readFont(path.join(FONT_ROOT, pkg, 'files', `${pkg}-${id}-${weight}-normal.woff`)),
    }));
  });
  return { fonts: await Promise.all(jobs), stacks };
}
