/**
 * One page of OCR → draft articles and a review list. The steps are those of an editor: find
 * the articles, separate interleaved columns, cut out spliced blocks and move them home, join
 * broken lines, normalise punctuation, fix misread characters, then tag places, authors, slug
 * and summary. Every change and every doubt becomes a review item.
 */
import { summarize } from '../content/validate';
import { toBlocks } from './blocks';
import { separateColumns } from './columns';
import { lexicon, type Lexicon } from './lexicon';
import { joinBroken, reattachFragment } from './joins';
import { tagPlaces, type PlaceTag } from './places';
import { correctionWindow, renderPara } from './render';
import type { ReviewItem } from './review';
import { proposeSlug, proposeTitle } from './slug';
import { findSplices, spliceLines, type Splice } from './splice';
import { toPage, type RawArticle } from './structure';
import { lineAt, paraText, type Para } from './text';
import { normalisePunctuation } from './punctuation';

export type ImportOptions = {
  date: string;
  page: number;
  publication: string;
  section?: string;
  knownAuthors: ReadonlySet<string>;
  takenSlugs: ReadonlySet<string>;
  knownSeries: readonly { slug: string; title: string }[];
  lexicon?: Lexicon;
};

export type Draft = {
  slug: string;
  title: string;
  kicker?: string;
  subtitle?: string;
  editorTitle: boolean;
  order: number;
  authors: string[];
  locations: PlaceTag[];
  series?: string;
  summary: string;
  corrections: { from: string; to: string; note: string }[];
  paragraphs: string[];
  line: number;
};

export type ImportedSeries = { title: string; intro: string; slug?: string; line: number };
export type ImportResult = { drafts: Draft[]; series: ImportedSeries[]; review: ReviewItem[] };

type Work = { raw: RawArticle; paras: Para[]; title: string; editorTitle: boolean; notes: Omit<ReviewItem, 'article'>[] };

function separate(lex: Lexicon, w: Work) {
  w.paras = w.paras.flatMap((p) => {
    const found = separateColumns(lex, p);
    if (!found) return [p];
    const [a, b] = found.streams;
    w.notes.push({
      line: p.segs[0].line,
      kind: 'columns',
      doubt: 0.8,
      what: `拆开两栏交错的行：甲栏“${a[0].text}…”，乙栏“${b[0].text}…”`,
      why: `两栏逐行交错（按原序断点成词明显少于分栏后，差 ${found.gain.toFixed(0)}）；分栏按断点成词推断，请逐句核对`,
    });
    return [{ segs: a }, { segs: b }];
  });
}

type Orphan = { from: Work; splice: Splice; paras: Para[] };

function cutSplices(lex: Lexicon, w: Work): Orphan[] {
  const own = tagPlaces(w.title, w.paras.map(paraText)).slice(0, 1);
  const splices = findSplices(lex, w.paras, own);
  const orphans = splices.map((splice) => ({ from: w, splice, paras: w.paras.slice(splice.start, splice.end) }));
  for (const s of [...splices].reverse()) {
    w.notes.push({
      line: orphans.find((o) => o.splice === s)!.paras[0].segs[0].line,
      kind: 'splice',
      doubt: 0.95,
      what: `第 ${spliceLines(w.paras, s)} 行是插入本文的另一篇文字，已从本文移出`,
      why: s.evidence,
    });
    w.paras.splice(s.start, s.end - s.start);
  }
  return orphans;
}

function rehome(orphans: Orphan[], works: Work[]) {
  for (const o of orphans) {
    const home = works.find(
      (w) => w !== o.from && o.splice.place && tagPlaces(w.title, w.paras.map(paraText))[0]?.district === o.splice.place.district,
    );
    const target = home ?? o.from;
    if (home) home.paras.unshift(...o.paras);
    else o.from.paras.splice(o.splice.start, 0, ...o.paras);
    target.notes.push({
      line: o.paras[0].segs[0].line,
      kind: 'splice-move',
      doubt: home ? 0.85 : 0.95,
      what: home
        ? `把第 ${spliceLines(o.paras, { start: 0, end: o.paras.length })} 行移到本文开头`
        : '插入的文字找不到所属文章，暂留原处',
      why: home
        ? `这些行讲${o.splice.place?.district}，与本文地点相同；行序照印刷顺序，可能错乱，请对照原版排好`
        : '请人工判断它属于哪篇文章',
    });
  }
}

function repairJoins(lex: Lexicon, w: Work) {
  const fragment = reattachFragment(w.paras);
  const joined = joinBroken(lex, fragment.paras);
  w.paras = joined.paras;
  w.notes.push(...[...fragment.notes, ...joined.notes].map(({ kind, ...n }) => ({ kind, ...n })));
}

function finish(lex: Lexicon, w: Work, order: number, options: ImportOptions, taken: Set<string>): Draft {
  const corrections: Draft['corrections'] = [];
  const paragraphs = w.paras.map((p) => {
    const r = renderPara(lex, p);
    if (r.unbalancedQuotes) {
      w.notes.push({
        line: p.segs[0].line,
        kind: 'quotes',
        doubt: 0.5,
        what: '引号不成对',
        why: '直引号个数为奇数，“”方向可能颠倒',
      });
    }
    const before = normalisePunctuation(r.para.segs.map((s, i) => (i && s.spaceBefore ? ' ' : '') + s.text).join('')).text;
    for (const s of r.suspects) {
      w.notes.push({
        line: lineAt(r.para, s.at),
        kind: 'ocr',
        doubt: s.fix ? 0.5 : 0.7,
        what: s.fix ? `改“${s.from}”为“${s.to}”` : `疑“${s.from}”应为“${s.to}”`,
        why: s.why,
      });
      if (!s.fix) continue;
      const { from, to } = correctionWindow(before, r.text, s.at);
      corrections.push({ from, to, note: `自动校对：“${s.from}”疑为“${s.to}”的误识（${s.word}）` });
    }
    return r.text;
  });
  const title = normalisePunctuation(w.title).text;
  const places = tagPlaces(title, paragraphs);
  if (places.length === 0)
    w.notes.push({
      line: w.raw.line,
      kind: 'place',
      doubt: 0.9,
      what: '未找到地点',
      why: '标题和正文里没有地名录中的市或区县，请手工填写 locations',
    });
  const authors = w.raw.byline?.authors ?? [];
  for (const s of w.raw.byline?.splits ?? []) {
    if (s.names.length > 1 || s.guess)
      w.notes.push({
        line: w.raw.byline!.line,
        kind: 'byline',
        doubt: s.guess ? 0.6 : 0.15,
        what: `署名切分为 ${s.names.join('、')}`,
        why: s.why,
      });
  }
  if (authors.length === 0)
    w.notes.push({
      line: w.raw.line,
      kind: 'byline',
      doubt: 0.9,
      what: '未找到署名',
      why: '文末没有括号署名，文首也没有“记者/通讯员”，请手工填写 authors',
    });
  const known = options.knownSeries.find((s) => s.title === w.raw.series?.title);
  return {
    slug: proposeSlug(lex, title, taken),
    title,
    kicker: w.raw.kicker && normalisePunctuation(w.raw.kicker).text,
    subtitle: w.raw.subtitle && normalisePunctuation(w.raw.subtitle).text,
    editorTitle: w.editorTitle,
    order,
    authors,
    locations: places,
    series: w.editorTitle ? undefined : (known?.slug ?? undefined),
    summary: summarize(paragraphs.join('\n')),
    corrections,
    paragraphs,
    line: w.raw.line,
  };
}

export function importPage(text: string, options: ImportOptions): ImportResult {
  const lex = options.lexicon ?? lexicon();
  const page = toPage(toBlocks(text), options.knownAuthors);
  const works: Work[] = page.articles.map((raw) => {
    const editorTitle = !raw.title;
    const title = raw.title ?? proposeTitle(normalisePunctuation(paraText(raw.paras[0] ?? { segs: [] })).text);
    return { raw, paras: raw.paras, title, editorTitle, notes: [] };
  });
  for (const w of works) {
    if (w.editorTitle)
      w.notes.push({
        line: w.raw.line,
        kind: 'headline',
        doubt: 0.75,
        what: `无标题短讯，拟题“${w.title}”（editorTitle: true）`,
        why: '署名之后、下一标题之前的文字没有印出标题',
      });
    if (w.raw.kicker || w.raw.subtitle)
      w.notes.push({
        line: w.raw.line,
        kind: 'headline',
        doubt: 0.3,
        what: `引题“${w.raw.kicker ?? ''}”副题“${w.raw.subtitle ?? ''}”`,
        why: '主标题前后另有标题行，已记在草稿的注释里',
      });
    separate(lex, w);
  }
  rehome(
    works.flatMap((w) => cutSplices(lex, w)),
    works,
  );
  works.forEach((w) => repairJoins(lex, w));
  const taken = new Set(options.takenSlugs);
  const drafts = works.map((w, i) => finish(lex, w, i + 1, options, taken));
  const review = works.flatMap((w, i) => w.notes.map((n) => ({ ...n, article: drafts[i].slug })));
  const series = page.series.map((s) => {
    const title = normalisePunctuation(s.title).text;
    const slug = options.knownSeries.find((k) => k.title === title)?.slug;
    if (!slug)
      review.push({
        line: s.line,
        article: '(专题)',
        kind: 'series',
        doubt: 0.7,
        what: `新专题“${title}”`,
        why: '站内没有同名专题：请在 content/series/ 建文件，再给草稿加 series',
      });
    return { title, intro: normalisePunctuation(renderPara(lex, s.intro).text).text, slug, line: s.line };
  });
  return { drafts, series, review };
}
