/**
 * A block of another article spliced into this one: a run of short one-line paragraphs that
 * breaks into a sentence (投资1800 | … | 万元的…). It is cut out when the text around it reads on
 * across the gap; it is moved to another article of the page when it names that article's place
 * and nothing of its own. Its printed line order cannot be trusted, so that stays flagged.
 */
import { joinGain, type Lexicon } from './lexicon';
import { tagPlaces, type PlaceTag } from './places';
import { endsSentence, firstLine, lastLine, paraText, type Para } from './text';

export type Splice = { start: number; end: number; place?: PlaceTag; evidence: string };

const MIN_RUN = 3;
const LINE_MAX = 24;

const isLine = (p: Para) =>
  new Set(p.segs.map((s) => s.line)).size === 1 && p.segs.length === 1 && Array.from(paraText(p)).length <= LINE_MAX;

/** Runs of one-line paragraphs inside a sentence of longer paragraphs. */
export function findSplices(lex: Lexicon, paras: Para[], own: PlaceTag[]): Splice[] {
  const out: Splice[] = [];
  for (let i = 1; i < paras.length; i++) {
    if (!isLine(paras[i]) || isLine(paras[i - 1]) || endsSentence(paraText(paras[i - 1]))) continue;
    let end = i;
    while (end < paras.length && isLine(paras[end])) end++;
    if (end - i < MIN_RUN || end >= paras.length) continue;
    const before = paraText(paras[i - 1]);
    const across = joinGain(lex, before, paraText(paras[end]));
    const into = joinGain(lex, before, paraText(paras[i]));
    const runText = paras.slice(i, end).map(paraText).join('');
    const places = tagPlaces('', [runText]).filter((p) => p.district);
    const foreign = places.find((p) => !own.some((o) => o.district === p.district));
    if (across > into || foreign) {
      const evidence = [
        across > into
          ? `前后两段跨过此块可直接接读（“…${Array.from(before).slice(-4).join('')}”+“${Array.from(paraText(paras[end])).slice(0, 4).join('')}…”）`
          : '',
        foreign ? `此块讲${foreign.city}${foreign.district}，本文讲${own.map((o) => o.district ?? o.city).join('、')}` : '',
      ].filter(Boolean);
      out.push({ start: i, end, place: foreign, evidence: evidence.join('；') });
    }
    i = end;
  }
  return out;
}

export const spliceLines = (paras: Para[], s: Pick<Splice, 'start' | 'end'>) =>
  `${firstLine(paras[s.start])}–${lastLine(paras[s.end - 1])}`;
