import { mulberry32 } from '../../scripts/lib/synthetic/generate';
import type { HostileCase } from './cases';

/**
 * Seeded random hostile requests: random bytes, random percent-encodings, mixed scripts, odd
 * methods and headers, lengths up to a few KB. The same seed gives the same cases, so a failure
 * found here can be replayed (with the same run number, see RUN).
 */
type Rand = () => number;

const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const PREFIXES = [
  '/',
  '/articles/',
  '/authors/',
  '/series/',
  '/cities/',
  '/cities/hangzhou/',
  '/cities/hangzhou/page/',
  '/archive/',
  '/archive/2023/',
  '/sitemaps/',
  '/_next/static/',
  '/_next/static/chunks/',
  '/_next/image?url=',
  '/search?q=',
  '/search?q=x&city=',
  '/search?city=hangzhou&district=',
  '/?city=',
  '/?district=',
  '/search?q=x&page=',
];
/** Code point ranges: ASCII, CJK, Cyrillic, Arabic, combining marks, bidi controls, zero-width, emoji, private use. */
const SCRIPTS: [number, number][] = [
  [0x20, 0x7e],
  [0x4e00, 0x9fff],
  [0x0400, 0x04ff],
  [0x0600, 0x06ff],
  [0x0300, 0x036f],
  [0x202a, 0x202e],
  [0x200b, 0x200f],
  [0x1f300, 0x1faff],
  [0xe000, 0xf8ff],
  [0x00, 0x1f],
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE', 'TRACE', 'PUT', 'PATCH', 'get', 'X-ABUSE'];
const HEADER_NAMES = [
  'range',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-url',
  'accept',
  'accept-encoding',
  'host',
  'x-forwarded-host',
  'cookie',
  'next-action',
  'if-none-match',
];

const hex = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** A path segment in one of several encodings of random bytes or text. */
function segment(rand: Rand): string {
  const length = pick(rand, [1, 3, 8, 20, 60, 300, int(rand, 500, 3000)]);
  switch (int(rand, 0, 4)) {
    case 0: // random bytes, all percent-encoded (invalid UTF-8, NUL, overlongs)
      return Array.from({ length }, () => hex(int(rand, 0, 255))).join('');
    case 1: // broken escapes mixed with text
      return Array.from({ length }, () =>
        pick(rand, ['%', '%Z', '%E5%91', '%C0%AF', '%ED%A0%80', '%25', 'a', '中', '..', '%2e', '%2F', '\\']),
      ).join('');
    case 2: {
      // mixed scripts, properly encoded (the ranges hold no surrogates; case 1 sends those)
      const text = Array.from({ length }, () => {
        const [lo, hi] = pick(rand, SCRIPTS);
        return String.fromCodePoint(int(rand, lo, hi));
      }).join('');
      return encodeURIComponent(text);
    }
    case 3: // long runs of one unreserved character
      return pick(rand, ['a', '-', '.', '~', '0']).repeat(length);
    default: // printable ASCII that needs no escaping in a request line
      return Array.from({ length }, () => pick(rand, [..."abcXYZ019-._~!$&'()*+,;=:@/?#[]"])).join('');
  }
}

function headerValue(rand: Rand, name: string): string {
  const raw = Array.from({ length: int(rand, 0, 80) }, () => String.fromCharCode(int(rand, 0x20, 0x7e))).join('');
  if (name === 'range') return pick(rand, [`bytes=${int(rand, -5, 1e9)}-${int(rand, -5, 1e9)}`, `bytes=${raw}`, raw]);
  if (name === 'host') return pick(rand, ['evil.example', raw, `127.0.0.1:${int(rand, 0, 99999)}`]);
  return raw;
}

/** `run` starts every path segment, so that no earlier run's cached 404 answers this one's. */
export function generatedCases({ seed, count, run }: { seed: number; count: number; run: number }): HostileCase[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const target = pick(rand, PREFIXES) + run + segment(rand) + (rand() < 0.3 ? `?${segment(rand)}` : '');
    const headers: Record<string, string> = {};
    for (let h = int(rand, 0, 2); h > 0; h--) {
      const name = pick(rand, HEADER_NAMES);
      headers[name] = headerValue(rand, name);
    }
    const method = pick(rand, METHODS);
    return {
      name: `#${i} ${method} ${target.slice(0, 80)}`,
      method,
      target,
      headers,
      body: method === 'POST' ? segment(rand) : undefined,
    };
  });
}
