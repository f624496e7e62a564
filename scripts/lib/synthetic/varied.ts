// Varied article text for benchmarks. Recombining a few dozen real paragraphs gives an archive in
// which a 4-character word matches a sixth of all articles; a real archive's phrases are mostly
// rare. Here real sentences are recombined across paragraphs and mutated with words of a made-up
// lexicon drawn with Zipf frequencies (a few words common, most rare), and each article repeats a
// few topic words of its own, as news articles do.
import type { SyntheticSource } from './generate';

export interface VariedTextOptions {
  /** Share of 2-character pieces of a sentence replaced by a lexicon word (default 0.55). */
  mutation?: number;
  /** Words in the made-up lexicon (default 40 000). */
  lexiconSize?: number;
}

const HAN = /\p{Script=Han}/u;
/** Zipf offset: p(rank r) ∝ 1 / (r + ZIPF_OFFSET); larger flattens the head. */
const ZIPF_OFFSET = 40;
const TOPIC_WORDS = 4;
/** Share of replacements that use one of the article's topic words. */
const TOPIC_SHARE = 0.2;

/** Sentences of the source paragraphs (ending at 。！？；), at least 8 characters long. */
export function sentencesOf(paragraphs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paragraphs) {
    for (const s of p.match(/[^。！？；]+[。！？；]?/gu) ?? []) {
      if (Array.from(s.trim()).length >= 8) out.add(s.trim());
    }
  }
  return [...out];
}

function makeLexicon(source: SyntheticSource, size: number, rand: () => number): string[] {
  const all = source.paragraphs.flatMap((p) => Array.from(p).filter((c) => HAN.test(c)));
  const distinct = [...new Set(all)];
  // Half by the source's character frequencies, half uniformly over its distinct characters.
  const char = () => {
    const pool = rand() < 0.5 ? all : distinct;
    return pool[Math.floor(rand() * pool.length)] ?? '字';
  };
  const words = new Set<string>();
  for (let tries = 0; words.size < size && tries < size * 4; tries++) {
    const r = rand();
    const len = r < 0.55 ? 2 : r < 0.8 ? 3 : 4;
    let w = '';
    for (let i = 0; i < len; i++) w += char();
    words.add(w);
  }
  return [...words];
}

/** A paragraph source for generateArticles: each call a new paragraph of a few mutated sentences. */
export interface VariedText {
  /** Starts a new article (new topic words). */
  article(): void;
  paragraph(): string;
}

export function variedText(source: SyntheticSource, rand: () => number, options: VariedTextOptions = {}): VariedText {
  const mutation = options.mutation ?? 0.55;
  const lexicon = makeLexicon(source, options.lexiconSize ?? 40_000, rand);
  // Each sentence as pieces: two Han characters (which may be replaced), or one other character.
  const sentences = sentencesOf(source.paragraphs).map((text) => {
    const chars = Array.from(text);
    const pieces: { text: string; pair: boolean }[] = [];
    for (let i = 0; i < chars.length;) {
      const pair = i + 1 < chars.length && HAN.test(chars[i]) && HAN.test(chars[i + 1]);
      pieces.push({ text: pair ? chars[i] + chars[i + 1] : chars[i], pair });
      i += pair ? 2 : 1;
    }
    return pieces;
  });
  if (sentences.length === 0) throw new Error('variedText: no source sentences');
  const scale = Math.log((lexicon.length + ZIPF_OFFSET) / ZIPF_OFFSET);
  const zipfWord = () => {
    const rank = Math.floor(ZIPF_OFFSET * Math.exp(rand() * scale) - ZIPF_OFFSET);
    return lexicon[Math.min(lexicon.length - 1, rank)];
  };
  let topics: string[] = [];
  const mutate = (pieces: (typeof sentences)[number]): string => {
    let out = '';
    for (const { text, pair } of pieces) {
      if (!pair || rand() >= mutation) out += text;
      else out += rand() < TOPIC_SHARE ? topics[Math.floor(rand() * topics.length)] : zipfWord();
    }
    return out;
  };
  return {
    article() {
      topics = Array.from({ length: TOPIC_WORDS }, zipfWord);
    },
    paragraph() {
      if (topics.length === 0) this.article();
      const count = 2 + Math.floor(rand() * 5);
      let p = '';
      for (let i = 0; i < count; i++) p += mutate(sentences[Math.floor(rand() * sentences.length)]);
      return p;
    },
  };
}
