/**
 * The build's scripts and stylesheets (`.next/static`), encoded once at start-up with the
 * strongest settings (lib/http/encoding.mjs) and served from memory to readers who accept Brotli
 * or gzip. The files are named by their content hash and never change while the server runs, so
 * nothing here expires. Everything else — other file types, identity, Range requests, files that
 * are not ready yet — goes on to Next's own file server. Plain JavaScript because server.mjs runs
 * without a TypeScript loader.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { encodeBody, negotiateEncoding } from './encoding.mjs';
import { STATIC_PREFIX } from './request-guard.mjs';

/** The types worth encoding, written as Next's file server writes them. */
const TYPES = new Map([
  ['.js', 'application/javascript; charset=UTF-8'],
  ['.css', 'text/css; charset=UTF-8'],
]);

/**
 * @typedef {{ type: string; lastModified: string; encoded: import('./encoding.mjs').Encoded }} StaticFile
 * @typedef {(name: string) => StaticFile | undefined} StaticFiles
 */

/**
 * Starts encoding every script and stylesheet under `dir`, one file at a time so a starting server
 * keeps a core for readers, and returns a lookup by path below `/_next/static/` that answers for
 * the files done so far. A file that cannot be read or encoded is left to Next.
 * @param {string} dir @returns {StaticFiles}
 */
export function createStaticFiles(dir) {
  /** @type {Map<string, StaticFile>} */
  const files = new Map();
  void (async () => {
    /** @type {string[]} */
    let names;
    try {
      names = await fs.readdir(dir, { recursive: true });
    } catch {
      return; // no build output: Next will say so
    }
    for (const name of names) {
      const type = TYPES.get(path.extname(name));
      if (type === undefined) continue;
      try {
        const file = path.join(dir, name);
        const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
        files.set(name.split(path.sep).join('/'), {
          type,
          lastModified: stat.mtime.toUTCString(),
          encoded: await encodeBody(bytes),
        });
      } catch {
        // left to Next
      }
    }
  })();
  return (name) => files.get(name);
}

/**
 * Answers a GET or HEAD for a stored file in the encoding the request accepts; false when the
 * request is not one this can answer, for Next to handle.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {StaticFiles} files
 */
export function serveStaticFile(req, res, files) {
  const url = req.url ?? '';
  if (!url.startsWith(STATIC_PREFIX) || url.includes('?') || req.headers.range !== undefined) return false;
  const file = files(url.slice(STATIC_PREFIX.length));
  const encoding = file && negotiateEncoding(req.headers['accept-encoding']);
  if (file === undefined || encoding === undefined) return false;
  const bytes = file.encoded[encoding];
  res.writeHead(200, {
    'Cache-Control': 'public, max-age=31536000, immutable',
    'Content-Type': file.type,
    'Content-Encoding': encoding,
    'Content-Length': bytes.length,
    'Last-Modified': file.lastModified,
    Vary: 'Accept-Encoding',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return true;
}
