/**
 * Finishes the complete string bodies Next ends a 200 with (prerendered pages and their RSC data):
 * sets the ETag, answers 304 when If-None-Match already names the body, and sends the body's
 * stored Brotli, gzip or plain UTF-8 bytes when lib/http/body-cache.mjs has them. Otherwise the body goes on to
 * the `compression` middleware, which leaves alone what arrives already encoded. Streamed and
 * other responses pass through untouched. Plain JavaScript because server.mjs runs without a
 * TypeScript loader.
 */
import vary from 'vary';
import { negotiateEncoding } from './encoding.mjs';
import { etagOf, noneMatch } from './etag.mjs';

/** @typedef {(body: string) => { tag: string; bytes?: Buffer; encoded?: import('./encoding.mjs').Encoded }} Bodies */

/** @type {Bodies} */
const tagOnly = (body) => ({ tag: etagOf(body) });

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ bodies?: Bodies }} [options]
 */
export function finishPageResponses(req, res, { bodies = tagOnly } = {}) {
  const end = res.end;
  res.end = function (body, ...rest) {
    res.end = end;
    if (typeof body !== 'string' || res.statusCode !== 200 || res.hasHeader('ETag')) return end.call(res, body, ...rest);
    const { tag, bytes, encoded } = bodies(body);
    res.setHeader('ETag', tag);
    if (noneMatch(req.headers['if-none-match'], tag)) {
      res.statusCode = 304;
      for (const name of ['Content-Length', 'Content-Type']) res.removeHeader(name);
      return end.call(res);
    }
    if (bytes === undefined || res.hasHeader('Content-Encoding')) return end.call(res, body, ...rest);
    // Negotiated only when there is something stored to send: most bodies are read once.
    const encoding =
      encoded === undefined || req.method === 'HEAD' ? undefined : negotiateEncoding(req.headers['accept-encoding']);
    if (encoding === undefined) {
      res.setHeader('Content-Length', bytes.length);
      return end.call(res, bytes, ...rest);
    }
    vary(res, 'Accept-Encoding');
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', encoded[encoding].length);
    return end.call(res, encoded[encoding], ...rest);
  };
}
