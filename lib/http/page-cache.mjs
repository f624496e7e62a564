/**
 * A micro-cache of whole HTML pages in front of Next, as nginx's proxy_cache is often run: the
 * 200s Next marks as shareable (`s-maxage`) are kept for a few seconds and served again without
 * entering Next. A page Next already has in its ISR cache still costs ~0.6 ms of CPU in Next's
 * request pipeline, and on Node 20 a third more once any dynamic page (a search) has enabled
 * AsyncLocalStorage's promise hook for the rest of the process; a hot article shared in a WeChat
 * group is read thousands of times a minute. Readers see at most `seconds` more staleness than a
 * CDN honouring the same header would give them.
 *
 * Only plain page loads are kept: GET, no cookie, none of the headers that make Next answer with
 * RSC data or a preview (`rsc`, `next-*`, `x-next*`, `x-prerender*`), an HTML body, no Set-Cookie,
 * and a Vary that names nothing but those headers and Accept-Encoding. The key is the path with its
 * query, so a crawler of distinct URLs only cycles the cache; it holds at most `limit` pages and
 * `budget` characters of them (8 M: 16 MB at most, stored two bytes a character; ~250 articles).
 * Plain JavaScript because server.mjs runs without a TypeScript loader.
 *
 * Glossary: *capture* — remembering the page Next is ending a response with; *replay* — ending a
 * response with a remembered page, through the same wrappers (ETag, encodings) as a fresh one.
 */

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(['etag', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'age']);
/** What Next varies a page on (all answered by Next, never by this cache) and what server.mjs encodes by. */
const KNOWN_VARY = new Set([
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'accept-encoding',
]);
/** A page bigger than this (the largest list page is ~0.1 M characters) goes out uncached. */
const MAX_BODY = 1 << 19;

/**
 * @typedef {{ headers: [string, string | number | string[]][]; body: string; stored: number; expires: number }} Page
 * @typedef {{ seconds?: number; limit?: number; budget?: number; now?: () => number }} PageCacheOptions
 */

/** Whether Next would answer this request with the same HTML page for every reader. */
export function isPlainPageRequest(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  for (const name of Object.keys(req.headers)) {
    if (name === 'cookie' || name === 'authorization' || name === 'rsc') return false;
    if (name.startsWith('next-') || name.startsWith('x-next') || name.startsWith('x-prerender')) return false;
  }
  return true;
}

/** Seconds a response may be shared for (its `s-maxage`), or 0 when it must not be kept. */
export function sharedSeconds(cacheControl) {
  if (typeof cacheControl !== 'string') return 0;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache')) return 0;
  const sMaxAge = directives.find((d) => d.startsWith('s-maxage='));
  const seconds = sMaxAge ? Number(sMaxAge.slice('s-maxage='.length)) : 0;
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 0;
}

/** Whether Vary names only what this cache keeps apart or leaves to Next. */
function varyIsKnown(vary) {
  if (vary === undefined) return true;
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary)).split(',');
  return names.every((n) => n.trim() === '' || KNOWN_VARY.has(n.trim().toLowerCase()));
}

/** The page a finished response carries, or null when it is not to be kept. */
function pageOf(res, body) {
  if (res.statusCode !== 200 || typeof body !== 'string' || body.length > MAX_BODY) return null;
  if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return null;
  if (res.hasHeader('set-cookie') || res.hasHeader('content-encoding') || !varyIsKnown(res.getHeader('vary'))) return null;
  const seconds = sharedSeconds(res.getHeader('cache-control'));
  if (seconds === 0) return null;
  // As Next spelled them, so a replayed page's headers read like a fresh one's.
  const headers = res
    .getRawHeaderNames()
    .flatMap((name) => (PER_RESPONSE.has(name.toLowerCase()) ? [] : [[name, res.getHeader(name)]]));
  return { seconds, headers, body };
}

export const DEFAULT_SECONDS = 10;

/**
 * The cache's lifetime from PAGE_CACHE_SECONDS: a whole number from 0 (off) to 300, else the default
 * with a warning that names the variable and what is wrong with it.
 */
export function pageCacheSeconds(env = process.env, warn = console.warn) {
  const raw = env.PAGE_CACHE_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_SECONDS;
  const seconds = Number(raw);
  if (/^\d+$/.test(raw.trim()) && seconds <= 300) return seconds;
  warn(`PAGE_CACHE_SECONDS=${JSON.stringify(raw)} 无效：应为 0（关闭）到 300 之间的整数秒；按 ${DEFAULT_SECONDS} 秒运行`);
  return DEFAULT_SECONDS;
}

/** @param {PageCacheOptions} [options] */
export function createPageCache({ seconds = DEFAULT_SECONDS, limit = 256, budget = 8 << 20, now = Date.now } = {}) {
  /** @type {Map<string, Page>} */
  const pages = new Map();
  let chars = 0;

  const drop = (key) => {
    const page = pages.get(key);
    if (page === undefined) return;
    chars -= page.body.length;
    pages.delete(key);
  };

  /** Stores a page as the most recently read, dropping the least recently read until it fits. */
  const keep = (key, page) => {
    drop(key);
    if (page.body.length > budget) return;
    while (pages.size >= limit || chars + page.body.length > budget) drop(pages.keys().next().value);
    pages.set(key, page);
    chars += page.body.length;
  };

  /** Ends `res` with the page kept for `req`, if there is a fresh one; says whether it did. */
  function replay(req, res) {
    if (seconds <= 0 || !isPlainPageRequest(req)) return false;
    const page = pages.get(req.url);
    if (page === undefined) return false;
    const at = now();
    if (at >= page.expires) {
      drop(req.url);
      return false;
    }
    keep(req.url, page);
    res.statusCode = 200;
    for (const [name, value] of page.headers) res.setHeader(name, value);
    res.setHeader('Age', Math.floor((at - page.stored) / 1000));
    res.end(page.body);
    return true;
  }

  /** Keeps the page Next ends this response with, when it may be shared. Install before handing `res` to Next. */
  function capture(req, res) {
    if (seconds <= 0 || req.method !== 'GET' || !isPlainPageRequest(req)) return;
    const end = res.end;
    const key = req.url;
    res.end = function (body, ...rest) {
      res.end = end;
      const page = pageOf(res, body);
      if (page !== null) {
        const at = now();
        keep(key, { headers: page.headers, body, stored: at, expires: at + 1000 * Math.min(seconds, page.seconds) });
      }
      return end.call(res, body, ...rest);
    };
  }

  return {
    replay,
    capture,
    get size() {
      return pages.size;
    },
    get chars() {
      return chars;
    },
  };
}
