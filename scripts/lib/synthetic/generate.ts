// Seeded synthetic archives built from real text: for benchmarks (search, site) at 10⁴–10⁵ articles.
// Pure and deterministic: the same source, gazetteer, count and seed give the same articles.
import { toResolvedPlace, type City, type ResolvedPlace } from '../../../lib/places/gazetteer';
import { variedText } from './varied';

/** Real text to recombine. */
export interface SyntheticSource {
  paragraphs: string[];
  titles: string[];
  authors: string[];
}

/** A place as lib/content resolves it, so synthetic articles index like real ones. */
export type SyntheticPlace = ResolvedPlace;

export interface SyntheticArticle {
  slug: string;
  title: string;
  authors: string[];
  locations: SyntheticPlace[];
  date: string;
  summary: string;
  /** Body paragraphs; `text` is them joined by a blank line, as lib/content renders Markdown. */
  paragraphs: string[];
  text: string;
  source: { publication: string; date: string; page: number };
  /** Slug of the series it belongs to, if any. */
  series?: string;
}

export interface GenerateOptions {
  source: SyntheticSource;
  cities: readonly City[];
  count: number;
  seed: number;
  /** Date of the newest (last) article; the archive spans `years` back from it. */
  endDate?: string;
  years?: number;
  /**
   * 'recombined' (default): bodies are real paragraphs, recombined. 'varied': real sentences
   * recombined and mutated with Zipf-distributed made-up words (varied.ts), so that phrase
   * frequencies look like a real archive's; for the search benchmark.
   */
  text?: 'recombined' | 'varied';
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛严',
);
const GIVEN = Array.from('静琰伟芳娜敏强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲丽飞鹏斌宇浩凯健俊帆晨欣怡佳睿博文悦雯婷瑶琪晗琳');

/** Titles, paragraphs and author names of real articles (text paragraphs are split on blank lines). */
export function sourceFromArticles(
  articles: readonly { title: string; text: string; authors: readonly string[] }[],
): SyntheticSource {
  const paragraphs = articles.flatMap((a) =>
    a.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 20),
  );
  return {
    paragraphs: [...new Set(paragraphs)],
    titles: [...new Set(articles.map((a) => a.title))],
    authors: [...new Set(articles.flatMap((a) => a.authors))],
  };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Title fragments: a real title split at its punctuation and spaces (quotes kept inside). */
function fragments(titles: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of titles) {
    for (const f of t.split(/[\s：:，,、；;。！!？?—]+/u)) {
      const n = Array.from(f).length;
      if (n >= 2 && n <= 12) out.add(f);
    }
  }
  return [...out];
}

/** First sentence of the body, at most 80 characters (cut by code points). */
function summaryOf(text: string): string {
  const first = Array.from(text.split('\n')[0] ?? '');
  const end = first.findIndex((c, i) => i >= 20 && (c === '。' || c === '！' || c === '？'));
  if (end >= 0 && end < 80) return first.slice(0, end + 1).join('');
  return `${first.slice(0, 78).join('')}…`;
}

/** Cuts a paragraph to at most `max` characters, at a sentence end if one is late enough. */
function cutParagraph(p: string, max: number): string {
  const chars = Array.from(p);
  if (chars.length <= max) return p;
  const cut = chars.slice(0, max);
  const end = cut.findLastIndex((c) => c === '。' || c === '！' || c === '？');
  if (end >= max / 3) return cut.slice(0, end + 1).join('');
  return `${cut.slice(0, max - 1).join('')}。`;
}

/**
 * For each body, a supplier of distinct real paragraphs in random order (null when all are used):
 * a real article does not repeat a paragraph.
 */
function realParagraphs(source: SyntheticSource, rand: () => number): () => () => string | null {
  const all = source.paragraphs;
  return () => {
    const used = new Set<number>();
    return () => {
      if (used.size >= all.length) return null;
      let j = Math.floor(rand() * all.length);
      while (used.has(j)) j = (j + 1) % all.length;
      used.add(j);
      return all[j];
    };
  };
}

/** The generator's random source, and a uniform pick from a list drawn from it. */
interface Draw {
  rand: () => number;
  pick: <T>(xs: readonly T[]) => T;
}

export function generateArticles(opts: GenerateOptions): SyntheticArticle[] {
  const { source, cities, count, seed } = opts;
  if (source.paragraphs.length === 0) throw new Error('generateArticles: no source paragraphs');
  if (cities.length === 0) throw new Error('generateArticles: empty gazetteer');
  const rand = mulberry32(seed);
  const draw: Draw = { rand, pick: (xs) => xs[Math.floor(rand() * xs.length)] };
  const frags = fragments(source.titles);
  if (frags.length === 0) frags.push('本报讯');
  const names = namePool(source, draw);
  const endDate = opts.endDate ?? '2023-12-28';
  const spanDays = Math.round((opts.years ?? 10) * 365.25);
  const startDate = addDays(endDate, -spanDays);

  const usedTitles = new Set<string>();
  const usedTexts = new Set<string>();
  const body = bodyMaker({ opts, rand, usedTexts });
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    // Dates rise with i (newest last), several articles a day.
    const date = count <= 1 ? endDate : addDays(startDate, Math.floor((i * spanDays) / (count - 1)));
    const locations = pickLocations(cities, draw);
    const { text, paragraphs } = body();
    usedTexts.add(text);
    const where = locations[0].districtShort ?? locations[0].cityShort;
    const title = pickTitle({ draw, frags, usedTitles, date, where, i });
    const authors = pickAuthors(names, draw);
    out.push({
      slug: `syn-${String(i).padStart(6, '0')}-${locations[0].districtSlug ?? locations[0].citySlug}`,
      title,
      authors,
      locations,
      date,
      summary: summaryOf(text),
      paragraphs,
      text,
      source: { publication: '浙江日报', date, page: 1 + Math.floor(rand() * 20) },
    });
  }
  return out;
}

/** The real authors and 200 made-up names (surname, one or two given characters). */
function namePool(source: SyntheticSource, { rand, pick }: Draw): string[] {
  const names = [...source.authors];
  for (let i = 0; i < 200; i++) names.push(pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : ''));
  return names;
}

/** One place, or two when the second differs; a district most of the time. */
function pickLocations(cities: readonly City[], { rand, pick }: Draw): SyntheticPlace[] {
  const locations: SyntheticPlace[] = [];
  const nPlaces = rand() < 0.75 ? 1 : 2;
  for (let k = 0; k < nPlaces; k++) {
    const city = pick(cities);
    const district = city.districts.length > 0 && rand() < 0.85 ? pick(city.districts) : null;
    const place: SyntheticPlace = toResolvedPlace(city, district ?? undefined);
    if (!locations.some((l) => l.code === place.code)) locations.push(place);
  }
  return locations;
}

/**
 * Bodies: paragraphs until a target length in [800, 1500], the last one cut to fit; a body
 * already in `usedTexts` is drawn again (up to 20 times).
 */
function bodyMaker(ctx: {
  opts: GenerateOptions;
  rand: () => number;
  usedTexts: ReadonlySet<string>;
}): () => { text: string; paragraphs: string[] } {
  const { opts, rand, usedTexts } = ctx;
  const varied = opts.text === 'varied' ? variedText(opts.source, mulberry32(opts.seed ^ 0x5eed5eed)) : null;
  const paragraphsOfOneBody = varied ? () => () => varied.paragraph() : realParagraphs(opts.source, rand);
  return () => {
    let text = '';
    let paragraphs: string[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const target = 800 + Math.floor(rand() * 701);
      paragraphs = [];
      let len = 0;
      const next = paragraphsOfOneBody();
      varied?.article();
      for (let p = next(); p !== null && len < target; p = len < target ? next() : null) {
        const cut = Array.from(p).length <= 1500 - len ? p : cutParagraph(p, 1500 - len);
        paragraphs.push(cut);
        len += Array.from(cut).length;
      }
      text = paragraphs.join('\n\n');
      if (!usedTexts.has(text)) break;
    }
    return { text, paragraphs };
  };
}

/** Two title fragments, sometimes after the place; unique on its date (numbered if 20 draws fail). */
function pickTitle(ctx: {
  draw: Draw;
  frags: readonly string[];
  usedTitles: Set<string>;
  date: string;
  where: string;
  i: number;
}): string {
  const { draw, frags, usedTitles, date, where, i } = ctx;
  let title = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    const a = draw.pick(frags);
    let b = draw.pick(frags);
    if (b === a) b = draw.pick(frags);
    title = draw.rand() < 0.5 ? `${where}：${a} ${b}` : `${a} ${b}`;
    if (!usedTitles.has(`${date}|${title}`)) break;
  }
  if (usedTitles.has(`${date}|${title}`)) title = `${title}（${i}）`;
  usedTitles.add(`${date}|${title}`);
  return title;
}

/** One author, sometimes a second different one. */
function pickAuthors(names: readonly string[], { rand, pick }: Draw): string[] {
  const authors = [pick(names)];
  if (rand() < 0.4) {
    const second = pick(names);
    if (second !== authors[0]) authors.push(second);
  }
  return authors;
}

const yamlString = (s: string): string => JSON.stringify(s);

/** Markdown with YAML frontmatter, in the format of content/**\/*.md. */
export function serializeArticle(a: SyntheticArticle): string {
  const lines = [
    '---',
    `title: ${yamlString(a.title)}`,
    `slug: ${a.slug}`,
    `authors: [${a.authors.map(yamlString).join(', ')}]`,
    'locations:',
    ...a.locations.flatMap((l) => [
      `  - city: ${yamlString(l.city)}`,
      ...(l.district ? [`    district: ${yamlString(l.district)}`] : []),
    ]),
    `date: "${a.date}"`,
    'source:',
    `  publication: ${yamlString(a.source.publication)}`,
    `  date: "${a.source.date}"`,
    `  page: ${a.source.page}`,
    ...(a.series ? [`series: ${a.series}`] : []),
    `summary: ${yamlString(a.summary)}`,
    'tags: []',
    'corrections: []',
    '---',
    '',
    a.text,
    '',
  ];
  return lines.join('\n');
}

/** Where the article lives below content/: YYYY/MM/DD/slug.md. */
export function articlePath(a: SyntheticArticle): string {
  const [y, m, d] = a.date.split('-');
  return `${y}/${m}/${d}/${a.slug}.md`;
}
