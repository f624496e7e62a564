/**
 * npm run bench:import [-- --file OCR.txt --seeds 1,2,3]
 *
 * Runs the importer on the source page and compares its drafts with the curated articles of
 * that day (the truth): articles found with the right title, authors, places, body similarity
 * (to the curated text, and to it with the curated corrections undone), the known damages
 * flagged, and time. Then the same on synthetic variants made from the curated articles.
 */
import fs from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { parseArgs, stringOption } from './lib/cli/args';
import { checkContent } from '../lib/content/load';
import type { Article } from '../lib/content/schema';
import { importPage, type Draft, type ImportResult } from '../lib/import/import';
import { lexicon } from '../lib/import/lexicon';
import { makeVariant, type VariantOptions } from './import-variants';

const args = parseArgs(process.argv.slice(2));
const FILE = stringOption(args, 'file') ?? '/work/shared/source/000_1ce795c8bb2c9173.txt';
const SEEDS = (stringOption(args, 'seeds') ?? '1,2,3').split(',').map(Number);
const DAY = '2023-12-28';

const { articles: all, series: allSeries } = checkContent();
const truth = all.filter((a) => a.date === DAY && !a.draft);
// Honest run: the importer may not know the authors of the page it is measured on.
const known = new Set(all.filter((a) => a.date !== DAY).flatMap((a) => a.authors));
const options = {
  date: DAY,
  page: 17,
  publication: '浙江日报',
  section: '专刊',
  knownAuthors: known,
  takenSlugs: new Set<string>(),
  knownSeries: allSeries.map((s) => ({ slug: s.slug, title: s.title })),
};

const similarity = (a: string, b: string) => 1 - distance(a, b) / Math.max(a.length, b.length, 1);
const body = (d: Draft) => d.paragraphs.join('\n');
const text = (a: Article) => a.text.replace(/\n+/g, '\n');
const undo = (a: Article) => a.corrections.reduce((t, c) => t.replace(c.to, c.from), text(a));
const placeKey = (l: { city: string; district?: string | null }) => `${l.city}/${l.district ?? ''}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type Scores = {
  found: number;
  titles: number;
  authors: number;
  places: number;
  median: number;
  medianRaw: number;
  worst: string;
};

function score(result: ImportResult, articles: Article[]): Scores {
  const pairs = articles.map((a) => {
    const best = result.drafts.map((d) => ({ d, s: similarity(body(d), text(a)) })).sort((x, y) => y.s - x.s)[0];
    return { a, d: best?.d, s: best?.s ?? 0, raw: best ? similarity(body(best.d), undo(a)) : 0 };
  });
  const ok = pairs.filter((p) => p.d && p.s > 0.5);
  return {
    found: ok.length,
    titles: ok.filter((p) => p.a.editorTitle || p.d!.title === p.a.title).length,
    authors: ok.filter((p) => p.d!.authors.join() === p.a.authors.join()).length,
    places: ok.filter((p) => p.d!.locations.map(placeKey).sort().join() === p.a.locations.map(placeKey).sort().join()).length,
    median: median(pairs.map((p) => p.s)),
    medianRaw: median(pairs.map((p) => p.raw)),
    worst: pairs
      .sort((x, y) => x.s - y.s)
      .slice(0, 2)
      .map((p) => `${p.a.slug} ${p.s.toFixed(3)}`)
      .join(', '),
  };
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

/** The damages the README lists, located in the source by their text. */
function damages(source: string, r: ImportResult): [string, boolean][] {
  const lineOf = (needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const item = (needle: string, kinds: string[]) => r.review.some((i) => i.line === lineOf(needle) && kinds.includes(i.kind));
  const fixed = (from: string, to: string) =>
    r.drafts.some((d) => d.corrections.some((c) => c.from.includes(from) && c.to.includes(to)));
  return [
    ['西湖区 sentences spliced into the 富阳 article', item('杭州市西湖区大力实施', ['splice'])],
    ['two columns interleaved (三方协同激活老旧小区)', item('杭州市拱墅区半山街道辖区内的', ['columns'])],
    ['brief without headline (智慧海洋)', r.drafts.some((d) => d.editorTitle && body(d).includes('智慧海洋分论坛'))],
    ['主于 → 主干', fixed('主于', '主干')],
    ['人户 → 入户', fixed('人户', '入户')],
    ['∞ → 境', fixed('∞', '境')],
    ['答券 → 答卷', fixed('答券', '答卷')],
    ['lost sentence end: 真正流动', item('真正流动', ['join', 'cut'])],
    ['lost sentence end: 交通安全有', item('交通安全有', ['cut'])],
    ['broken lines joined', r.review.some((i) => i.kind === 'join')],
  ];
}

const source = fs.readFileSync(FILE, 'utf8');
const lexMs = timed(() => lexicon()).ms;
const runs = [0, 1, 2].map(() => timed(() => importPage(source, options)));
const result = runs[0].value;
const s = score(result, truth);
const found = result.series.find((x) => allSeries.some((t) => t.title === x.title && t.text.replace(/\s/g, '') === x.intro));
console.log(`# bench:import — ${FILE}`);
console.log(
  `articles found ${s.found}/${truth.length} (drafts ${result.drafts.length}); series intro found: ${found ? 'yes' : 'no'}`,
);
console.log(
  `titles exact ${s.titles}/${truth.length} (brief with editor's title counted when found); authors exact ${s.authors}/${truth.length}; places exact ${s.places}/${truth.length}`,
);
console.log(
  `body similarity median ${s.median.toFixed(3)} (to the OCR-level text, corrections undone: ${s.medianRaw.toFixed(3)}); lowest: ${s.worst}`,
);
const d = damages(source, result);
console.log(
  `damages flagged ${d.filter(([, f]) => f).length}/${d.length}: ${d.map(([n, f]) => `${f ? '✓' : '✗'} ${n}`).join('; ')}`,
);
console.log(
  `time: dictionary load ${lexMs.toFixed(0)} ms once per process; page ${median(runs.map((r) => r.ms)).toFixed(0)} ms (median of 3); review items ${result.review.length}`,
);

console.log('\n# variants (curated articles re-typeset as OCR; seeds ' + SEEDS.join(',') + ')');
console.log(
  '| variant | found | titles | authors | places | body median | injected fixed | injected flagged | wrong fixes | splice flagged | columns flagged | ms |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const shapes: [string, Omit<VariantOptions, 'seed'>][] = [
  ['width 14, # marks', { width: 14, marks: true, confusions: 0, splice: false, interleave: false }],
  ['width 9, # marks, confusions', { width: 9, marks: true, confusions: 1, splice: false, interleave: false }],
  ['width 22, no marks, confusions', { width: 22, marks: false, confusions: 1, splice: false, interleave: false }],
  ['width 17, splice + columns', { width: 17, marks: true, confusions: 0, splice: true, interleave: true }],
];
for (const [name, shape] of shapes) {
  for (const seed of SEEDS) {
    const v = makeVariant(truth, { ...shape, seed });
    const { value: r, ms } = timed(() => importPage(v.text, options));
    const vs = score(r, truth);
    const corrections = r.drafts.flatMap((dr) => dr.corrections.map((c) => ({ slug: dr.slug, ...c })));
    const fixedRight = v.injected.filter((i) => corrections.some((c) => c.from.includes(i.to) && c.to.includes(i.from))).length;
    const flagged = v.injected.filter((i) =>
      r.review.some((x) => x.kind === 'ocr' && x.what.includes(`“${i.to}”`) && x.what.includes(`“${i.from}”`)),
    ).length;
    const wrong = corrections.filter((c) => !v.injected.some((i) => c.from.includes(i.to) && c.to.includes(i.from))).length;
    const splice = v.spliced ? (r.review.some((x) => x.kind === 'splice') ? 'yes' : 'no') : '–';
    const columns = v.interleaved ? (r.review.some((x) => x.kind === 'columns') ? 'yes' : 'no') : '–';
    const inj = v.injected.length;
    console.log(
      `| ${name} (seed ${seed}) | ${vs.found}/14 | ${vs.titles}/14 | ${vs.authors}/14 | ${vs.places}/14 | ${vs.median.toFixed(3)} | ${fixedRight}/${inj} | ${flagged}/${inj} | ${wrong} | ${splice} | ${columns} | ${ms.toFixed(0)} |`,
    );
  }
}
