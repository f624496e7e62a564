import { describe, expect, it } from 'vitest';
import { guardRequest, MALFORMED_PATH, MAX_TARGET_LENGTH, rangeVerdict } from '../lib/http/request-guard.mjs';

const verdict = (method: string, url: string, headers: Record<string, string> = {}) => guardRequest({ method, url, headers });

describe('guardRequest', () => {
  it('passes GET and HEAD through unchanged', () => {
    expect(verdict('GET', '/articles/a?x=1')).toEqual({ url: '/articles/a?x=1' });
    expect(verdict('HEAD', '/')).toEqual({ url: '/' });
    expect(verdict('GET', '/authors/%E5%91%A8%E9%9D%99')).toEqual({ url: '/authors/%E5%91%A8%E9%9D%99' });
  });

  it('answers OPTIONS, including OPTIONS *, with the methods the site allows', () => {
    for (const url of ['*', '/articles/a']) {
      const v = verdict('OPTIONS', url);
      expect('answer' in v && v.answer.status).toBe(204);
      expect('answer' in v && v.answer.headers.Allow).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('refuses every method that would change something, and TRACE, with 405 and Allow', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
      const v = verdict(method, '/feed.xml');
      expect('answer' in v && [v.answer.status, v.answer.headers.Allow], method).toEqual([405, 'GET, HEAD, OPTIONS']);
    }
  });

  it('refuses a request target that is not a path (absolute-form, authority-form)', () => {
    for (const url of ['http://evil.example/', 'evil.example:443']) {
      const v = verdict('GET', url);
      expect('answer' in v && v.answer.status, url).toBe(400);
    }
  });

  it('sends a path whose escapes are not UTF-8 to the 404 page, whatever the query', () => {
    expect(verdict('GET', '/authors/%E5%91')).toEqual({ url: MALFORMED_PATH });
    expect(verdict('GET', '/%?q=1')).toEqual({ url: MALFORMED_PATH });
    // Only the path decides: a broken escape in the query is the page's business.
    expect(verdict('GET', '/search?q=%E5')).toEqual({ url: '/search?q=%E5' });
  });

  it('answers 414 to a request target longer than the limit, so no page echoes it', () => {
    const v = verdict('GET', `/search?q=${'z'.repeat(MAX_TARGET_LENGTH)}`);
    expect('answer' in v && v.answer.status).toBe(414);
    expect(verdict('GET', `/search?q=${'%E5%AD%97'.repeat(200)}`)).toHaveProperty('url');
  });

  it('asks for a size check of a Range on static files only', () => {
    expect(verdict('GET', '/_next/static/chunks/a%20b.js', { range: 'bytes=999999-' })).toEqual({
      url: '/_next/static/chunks/a%20b.js',
      staticFile: 'chunks/a b.js',
    });
    expect(verdict('GET', '/articles/a', { range: 'bytes=0-1' })).toEqual({ url: '/articles/a' });
  });
});

describe('rangeVerdict', () => {
  it.each([
    ['bytes=0-99', 'serve'],
    ['bytes=99-', 'serve'],
    ['bytes=-10', 'serve'],
    ['bytes=0-18446744073709551616', 'serve'],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=100-200', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=5-1', 'full'],
    ['bytes=0-0,5-9', 'full'],
    ['bytes=garbage', 'full'],
    ['bytes=--1', 'full'],
    ['items=0-5', 'full'],
    ['bytes=-', 'full'],
  ])('%s on 100 bytes → %s', (header, expected) => {
    expect(rangeVerdict(header, 100)).toBe(expected);
  });
});
