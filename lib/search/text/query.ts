// Query parsing, limits and the request/response shapes shared by the engine and the scan.
import { z } from 'zod';
import { fold, wellFormed } from './fold';

export const LIMITS = {
  /** Longer queries are cut to this many code points (with a message). */
  maxQueryChars: 200,
  /** Further terms are ignored (with a message). */
  maxTerms: 8,
  defaultLimit: 10,
  maxLimit: 100,
  maxOffset: 10_000,
} as const;

export const SearchParamsSchema = z.object({
  q: z.string(),
  city: z.string().optional(),
  district: z.string().optional(),
  offset: z.number().optional(),
  limit: z.number().optional(),
});
export type SearchParams = z.infer<typeof SearchParamsSchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  /** Encodes the ranking key (see rank.ts); higher is better, ties go to the newer article. */
  score: z.number(),
  title: z.string(),
  /** HTML: escaped text with the matched characters in <mark>. */
  snippet: z.string(),
});

export const CityFacetSchema = z.object({ slug: z.string(), name: z.string(), count: z.number() });
export const DistrictFacetSchema = z.object({
  citySlug: z.string(),
  slug: z.string(),
  name: z.string(),
  count: z.number(),
});

export const SearchResultSchema = z.object({
  total: z.number(),
  hits: z.array(SearchHitSchema),
  /** The folded terms that were searched for. */
  terms: z.array(z.string()),
  facets: z.object({ cities: z.array(CityFacetSchema), districts: z.array(DistrictFacetSchema) }),
  message: z.string().optional(),
});

export type SearchHit = z.infer<typeof SearchHitSchema>;
export type CityFacet = z.infer<typeof CityFacetSchema>;
export type DistrictFacet = z.infer<typeof DistrictFacetSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;

export interface ParsedQuery {
  /** Distinct folded terms, in query order; every one must occur. */
  terms: string[];
  /** For each term, the piece of the query it came from (well-formed, as typed). */
  raws: string[];
  /** All folded pieces joined: compared with the folded title for the exact-title rule. */
  phrase: string;
  /** True when the query had characters but none that can be searched (only punctuation, emoji…). */
  nothingSearchable: boolean;
  messages: string[];
}

const SPLIT = /[\s\u3000\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]+/u;

export function parseQuery(input: unknown): ParsedQuery {
  const messages: string[] = [];
  let q = wellFormed(typeof input === 'string' ? input : '');
  // Cut by code points; the cheap length check first so a 10 000-character query costs nothing.
  if (q.length > LIMITS.maxQueryChars) {
    const cps = Array.from(q);
    if (cps.length > LIMITS.maxQueryChars) {
      q = cps.slice(0, LIMITS.maxQueryChars).join('');
      messages.push(`查询过长，只使用了前 ${LIMITS.maxQueryChars} 个字`);
    }
  }
  const pieces: string[] = [];
  const terms: string[] = [];
  const raws: string[] = [];
  for (const raw of q.split(SPLIT)) {
    const piece = fold(raw);
    if (piece.length === 0) continue;
    pieces.push(piece);
    if (terms.includes(piece)) continue;
    terms.push(piece);
    raws.push(raw);
  }
  if (terms.length > LIMITS.maxTerms) {
    terms.length = LIMITS.maxTerms;
    raws.length = LIMITS.maxTerms;
    messages.push(`关键词过多，只使用了前 ${LIMITS.maxTerms} 个`);
  }
  const nothingSearchable = terms.length === 0 && q.trim().length > 0;
  if (nothingSearchable) messages.push('查询中没有可搜索的文字（标点、符号和表情会被忽略）');
  return { terms, raws, phrase: pieces.join(''), nothingSearchable, messages };
}

export function clampPage(params: { offset?: number; limit?: number }): { offset: number; limit: number } {
  const int = (v: number | undefined, dflt: number, lo: number, hi: number): number =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.floor(v))) : dflt;
  return {
    offset: int(params.offset, 0, 0, LIMITS.maxOffset),
    limit: int(params.limit, LIMITS.defaultLimit, 1, LIMITS.maxLimit),
  };
}

/** Toneless pinyin candidates: a folded term of ASCII letters only. */
export function isPinyinCandidate(term: string): boolean {
  return /^[a-z]+$/.test(term);
}
