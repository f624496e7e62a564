/**
 * Entity tags for the pages server.mjs serves, computed with Node's native SHA-1 instead of the
 * FNV hash Next runs in JavaScript over every prerendered page it sends (~80 µs of an article
 * request's ~1 ms of CPU in a profile, against ~20 µs for the plain app's pages), and remembered for the pages served most
 * recently, so a popular page is hashed once, not once per reader. Next's own are turned off
 * (`generateEtags: false`); readers and CDNs still get an ETag and a 304 when nothing changed.
 * Plain JavaScript because server.mjs runs without a TypeScript loader.
 */
import { hash } from 'node:crypto';

/**
 * A weak entity tag for a body (27 characters of base64url SHA-1): weak, because the gzip and the
 * identity encodings of a page share it, as nginx marks the tags of what it compresses.
 */
export function etagOf(body) {
  return `W/"${hash('sha1', body, 'base64url')}"`;
}

/**
 * The tags of the last `limit` bodies tagged, keyed by the body itself: a hit costs one string
 * comparison (microseconds) where hashing costs tens, and can never hand out a stale tag. It keeps
 * at most `limit` bodies alive: about 15 MB at 256 pages of the current size (an article is ~26 000
 * characters, stored two bytes each), however many distinct URLs are asked for.
 */
export function createTagCache({ limit = 256, tagOf = etagOf } = {}) {
  const tags = new Map();
  return (body) => {
    let tag = tags.get(body);
    if (tag !== undefined) {
      tags.delete(body);
    } else {
      tag = tagOf(body);
      if (tags.size >= limit) tags.delete(tags.keys().next().value);
    }
    tags.set(body, tag);
    return tag;
  };
}

/**
 * Whether an If-None-Match header matches the tag (RFC 9110 §13.1.2: weak comparison, `*` matches
 * any current representation). Missing or unparseable headers never match.
 */
export function noneMatch(header, tag) {
  if (typeof header !== 'string' || header === '') return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/**
 * Makes `res` tag the complete string bodies Next ends a 200 with (prerendered pages and their RSC
 * data) and answer 304 when the request's If-None-Match already names that body. Streamed and
 * other responses pass through untouched.
 */
export function tagResponses(req, res, { tagOf = etagOf } = {}) {
  const end = res.end;
  res.end = function (body, ...rest) {
    res.end = end;
    if (typeof body !== 'string' || res.statusCode !== 200 || res.hasHeader('ETag')) return end.call(res, body, ...rest);
    const tag = tagOf(body);
    res.setHeader('ETag', tag);
    if (!noneMatch(req.headers['if-none-match'], tag)) return end.call(res, body, ...rest);
    res.statusCode = 304;
    for (const name of ['Content-Length', 'Content-Type']) res.removeHeader(name);
    return end.call(res);
  };
}
