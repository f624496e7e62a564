/**
 * The production server: `next start`, with a guard in front (lib/http/request-guard.mjs) that
 * answers the requests Next would turn into a 500: `OPTIONS *`, methods other than GET and HEAD,
 * paths that do not decode, Ranges on static files. Everything else goes to Next unchanged, with
 * the ETags of lib/http/etag.mjs in place of Next's own, pages and scripts encoded once and kept
 * (lib/http/body-cache.mjs, lib/http/static-files.mjs), shareable pages kept for a few seconds
 * (lib/http/page-cache.mjs, PAGE_CACHE_SECONDS, 0 = off), and Next's compression, for the rest,
 * moved in front of them.
 *
 *   npm run serve -- [-p PORT] [-H HOST]     (PORT and HOSTNAME from the environment work too)
 *
 * `npm run serve` is `node --min-semi-space-size=16 server.mjs`. Requests leave almost nothing
 * alive, so V8 shrinks the young generation to 1 MB and then collects it every few hundred
 * requests; each collection walks the old generation's pages, 2 ms with a 100 000-article
 * archive loaded, which cost that site a fifth of its throughput. 16 MB is where V8 grows it to.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { createBodyCache } from './lib/http/body-cache.mjs';
import { createPageCache, pageCacheSeconds } from './lib/http/page-cache.mjs';
import { finishPageResponses } from './lib/http/page-responses.mjs';
import { guardRequest, rangeVerdict } from './lib/http/request-guard.mjs';
import { SECURITY_HEADERS } from './lib/http/security-headers.mjs';
import { createStaticFiles, serveStaticFile } from './lib/http/static-files.mjs';
import { warnIfSiteUrlMissing } from './lib/site/origin.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';

// Before next() loads next.config.ts, which would otherwise warn a second time.
warnIfSiteUrlMissing();
const dir = import.meta.dirname;
const staticDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next', 'static');
const app = next({ dev: false, dir, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const compress = compression();
const bodies = createBodyCache();
const pages = createPageCache({ seconds: pageCacheSeconds() });
const staticFiles = createStaticFiles(staticDir);

/** Size of a built static file, or undefined when the name leaves the folder or names nothing. */
function staticSize(name) {
  const file = path.join(staticDir, name);
  if (!file.startsWith(staticDir + path.sep)) return undefined;
  try {
    return fs.statSync(file).size;
  } catch {
    return undefined;
  }
}

/** @param {import('node:http').ServerResponse} res @param {import('./lib/http/request-guard.mjs').GuardAnswer} answer */
function reply(res, { status, headers, body }, head = false) {
  res.writeHead(status, headers).end(head ? undefined : body);
}

const server = createServer((req, res) => {
  // Here rather than in next.config.ts headers(), which Next evaluates against every request at a
  // cost of about a fifth of a static page's CPU time (bench:pages, measured per request).
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  const verdict = guardRequest(req);
  if ('answer' in verdict) return reply(res, verdict.answer, req.method === 'HEAD');
  req.url = verdict.url;
  const size = verdict.staticFile === undefined ? undefined : staticSize(verdict.staticFile);
  if (size !== undefined && typeof req.headers.range === 'string') {
    const range = rangeVerdict(req.headers.range, size);
    if (range === 'unsatisfiable') {
      return reply(
        res,
        {
          status: 416,
          headers: { 'Content-Range': `bytes */${size}`, 'Content-Type': 'text/plain; charset=utf-8' },
          body: 'Range not satisfiable\n',
        },
        req.method === 'HEAD',
      );
    }
    if (range === 'full') delete req.headers.range;
  }
  if (serveStaticFile(req, res, staticFiles)) return;
  // The same middleware Next compresses with (`compress: false` in next.config.ts), run here so the
  // ETag below is set on the body before compression writes the headers.
  compress(req, res, () => {
    finishPageResponses(req, res, { bodies });
    // A page kept from a moment ago goes out through the same ETag and encodings as a fresh one.
    if (pages.replay(req, res)) return;
    pages.capture(req, res);
    handle(req, res);
  });
});
server.listen(port, hostname, () => {
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname;
  console.log(`✓ Ready on http://${shown}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
