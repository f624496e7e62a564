/**
 * Decides, before Next.js sees a request, whether to answer it here. Next answers some legal but
 * unusual requests with a 500 and a stack trace in the log (`OPTIONS *`, a path whose
 * percent-escapes are not UTF-8, a Range past the end of a static file); this site only serves
 * GET and HEAD, so everything else gets a plain 405 here.
 *
 * Pure: a request's method, target and headers in, a verdict out. server.mjs applies it.
 */

const ALLOW = 'GET, HEAD, OPTIONS';
/**
 * Longest request target served. Next copies the URL into each page's data several times, so a
 * 15 000-character query would be echoed back at that length; 12 KB still lets a reader paste a
 * passage of 1 000 Chinese characters (9 KB percent-encoded) and get a page that says the engine
 * read the first 200.
 */
export const MAX_TARGET_LENGTH = 12 * 1024;
const READ_METHODS = new Set(['GET', 'HEAD']);

export const STATIC_PREFIX = '/_next/static/';

/** Where a path that cannot be decoded is sent: no route matches it, so Next renders its 404. */
export const MALFORMED_PATH = '/_malformed-url';

/**
 * @typedef {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} GuardRequest
 * @typedef {{ status: number; headers: Record<string, string>; body: string }} GuardAnswer
 * @typedef {{ answer: GuardAnswer } | { url: string; staticFile?: string }} Verdict
 */

/** @param {number} status @param {string} body @param {Record<string, string>} [headers] @returns {{ answer: GuardAnswer }} */
const answer = (status, body, headers = {}) => ({
  answer: { status, body, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } },
});

/** @param {string} path */
function decodes(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** @param {GuardRequest} req @returns {Verdict} */
export function guardRequest(req) {
  const method = req.method ?? 'GET';
  const target = req.url ?? '/';
  if (method === 'OPTIONS') return answer(204, '', { Allow: ALLOW });
  if (!target.startsWith('/')) return answer(400, 'Bad request target\n');
  if (target.length > MAX_TARGET_LENGTH) return answer(414, 'URI too long\n');
  if (!READ_METHODS.has(method)) return answer(405, 'Method not allowed\n', { Allow: ALLOW });

  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (!decodes(path)) return { url: MALFORMED_PATH };
  // Next's file server answers a Range it cannot satisfy with a 500: the server checks it
  // against the file's size first (rangeVerdict).
  const rangedStatic = path.startsWith(STATIC_PREFIX) && req.headers.range !== undefined;
  return rangedStatic ? { url: target, staticFile: decodeURIComponent(path.slice(STATIC_PREFIX.length)) } : { url: target };
}

/**
 * What to do with a Range header on a file of `size` bytes (RFC 9110 §14): `serve` one
 * satisfiable range, `full` file when the header is malformed or asks for several ranges (a server
 * may ignore Range), `unsatisfiable` (416) when the one range lies past the end.
 * @param {string} header @param {number} size @returns {'serve' | 'full' | 'unsatisfiable'}
 */
export function rangeVerdict(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'full';
  if (m[1] === '') return Number(m[2]) === 0 || size === 0 ? 'unsatisfiable' : 'serve';
  const start = Number(m[1]);
  if (m[2] !== '' && Number(m[2]) < start) return 'full';
  return start >= size ? 'unsatisfiable' : 'serve';
}
