/**
 * Content encodings made once and kept, instead of compressed again for every reader by the
 * `compression` middleware (whose Brotli runs at quality 4 to stay cheap per request). Made once,
 * a body can afford the strongest setting: an article's HTML is 6.4 KB as Brotli 11 against 7.9 KB
 * as gzip, the largest script 61 KB against 72 KB; on a phone's first visit those bytes are what
 * stands between the reader and the first paint.
 *
 * Glossary: an *encoding* is `br` or `gzip` (RFC 9110 §8.4.1); *encoded* is a body's bytes in
 * both. Plain JavaScript because server.mjs runs without a TypeScript loader.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** @typedef {'br' | 'gzip'} Encoding */
/** @typedef {{ br: Buffer; gzip: Buffer }} Encoded */

/**
 * The encoding to answer with for an Accept-Encoding header, negotiated as the `compression`
 * middleware does it (q-values honoured, Brotli preferred), or undefined for identity.
 * @param {string | string[] | undefined} header @returns {Encoding | undefined}
 */
export function negotiateEncoding(header) {
  if (typeof header !== 'string' || header === '') return undefined;
  const chosen = new Negotiator({ headers: { 'accept-encoding': header } }).encoding(['br', 'gzip', 'identity'], ['br', 'gzip']);
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}

/**
 * Both encodings of a body, at their strongest settings, off the main thread (zlib's thread pool).
 * @param {string | Buffer} body @returns {Promise<Encoded>}
 */
export async function encodeBody(body) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gzip(bytes, { level: 9 }),
  ]);
  return { br, gzip: gz };
}
