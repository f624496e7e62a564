/**
 * The production server: `next start`, with a guard in front (lib/http/request-guard.mjs) that
 * answers the requests Next would turn into a 500: `OPTIONS *`, methods other than GET and HEAD,
 * paths that do not decode, Ranges on static files. Everything else goes to Next unchanged.
 *
 *   node server.mjs [-p PORT] [-H HOST]      (PORT and HOSTNAME from the environment work too)
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { guardRequest } from './lib/http/request-guard.mjs';
import { SECURITY_HEADERS } from './lib/http/security-headers.mjs';
import { warnIfSiteUrlMissing } from './lib/site/origin.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';

// Before next() loads next.config.ts, which would otherwise warn a second time.
warnIfSiteUrlMissing();
const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const verdict = guardRequest(req);
  if ('answer' in verdict) {
    const { status, headers, body } = verdict.answer;
    for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  req.url = verdict.url;
  for (const name of verdict.dropHeaders) delete req.headers[name];
  handle(req, res);
});
server.listen(port, hostname, () => {
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname;
  console.log(`✓ Ready on http://${shown}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
