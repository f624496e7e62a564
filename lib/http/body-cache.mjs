/**
 * What server.mjs remembers about the page bodies it served most recently: each body's ETag and,
 * once the body has been served a second time, its UTF-8 bytes and its Brotli and gzip encodings
 * (lib/http/encoding.mjs).
 * Keyed by the body itself, so a hit costs one string comparison, never hands out a stale tag,
 * and works however Next builds the string. Encoding waits for the second request so that a
 * crawler walking a million distinct URLs never pays for it; a page read twice is likely read again.
 *
 * It keeps at most `limit` bodies alive: about 15 MB at 256 pages of the current size (an article
 * is ~26 000 characters, stored two bytes each, plus ~15 KB of encodings).
 * Plain JavaScript because server.mjs runs without a TypeScript loader.
 */
import { encodeBody } from './encoding.mjs';
import { etagOf } from './etag.mjs';

/**
 * @typedef {import('./encoding.mjs').Encoded} Encoded
 * @typedef {{ tag: string; bytes?: Buffer; encoded?: Encoded; seen: number }} Entry
 */

/**
 * @param {{ limit?: number; tagOf?: (body: string) => string; encode?: (body: string) => Promise<Encoded> }} [options]
 * @returns {(body: string) => Readonly<Entry>}
 */
export function createBodyCache({ limit = 256, tagOf = etagOf, encode = encodeBody } = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  return (body) => {
    let entry = entries.get(body);
    if (entry !== undefined) {
      entries.delete(body);
    } else {
      entry = { tag: tagOf(body), seen: 0 };
      if (entries.size >= limit) entries.delete(entries.keys().next().value);
    }
    entries.set(body, entry);
    entry.seen += 1;
    if (entry.seen === 2) {
      const target = entry;
      // The UTF-8 bytes, made once: written as a string, a page is joined to its headers and
      // flattened into a new two-byte string on every response (~70 KB of garbage an article).
      target.bytes = Buffer.from(body);
      // A failed encoding leaves the body to the compression middleware, as before.
      encode(body).then(
        (encoded) => void (target.encoded = encoded),
        () => undefined,
      );
    }
    return entry;
  };
}
