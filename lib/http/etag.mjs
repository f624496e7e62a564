/**
 * Entity tags for the pages server.mjs serves, computed with Node's native SHA-1 instead of the
 * FNV hash Next runs in JavaScript over every prerendered page it sends (~80 µs of an article
 * request's ~1 ms of CPU in a profile, against ~20 µs for the plain app's pages). Next's own are
 * turned off (`generateEtags: false`); lib/http/body-cache.mjs remembers a page's tag so a popular
 * page is hashed once, not once per reader. Plain JavaScript because server.mjs runs without a
 * TypeScript loader.
 */
import { hash } from 'node:crypto';

/**
 * A weak entity tag for a body (27 characters of base64url SHA-1): weak, because the Brotli, gzip
 * and identity encodings of a page share it, as nginx marks the tags of what it compresses.
 * @param {string | Buffer} body
 */
export function etagOf(body) {
  return `W/"${hash('sha1', body, 'base64url')}"`;
}

/**
 * Whether an If-None-Match header matches the tag (RFC 9110 §13.1.2: weak comparison, `*` matches
 * any current representation). Missing or unparseable headers never match.
 * @param {string | undefined} header @param {string} tag
 */
export function noneMatch(header, tag) {
  if (typeof header !== 'string' || header === '') return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
