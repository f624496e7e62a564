import { describe, expect, it } from 'vitest';
import { authorHref, authorUrl, searchHref } from '../lib/site/routes';

describe('authorHref', () => {
  it('leaves Chinese names as they are in page links', () => {
    expect(authorHref('周静')).toBe('/authors/周静');
    expect(authorHref('阿依古丽2')).toBe('/authors/阿依古丽2');
  });

  it('is the page authorUrl names once a browser resolves it, whatever the name holds', () => {
    for (const name of ['周静', '阿卜杜·热合曼', 'Li Wei', 'a/b?c#d', '100%', '"<x>"', '𠮷野']) {
      const followed = new URL(authorHref(name), 'https://example.cn').pathname;
      expect(followed, name).toBe(authorUrl(name));
    }
  });
});

describe('searchHref', () => {
  it('keeps the words of a search readable in page links', () => {
    expect(searchHref({ q: '老旧小区' })).toBe('/search?q=老旧小区');
    expect(searchHref({ q: '老旧小区', city: 'hangzhou', district: 'gongshu', page: 2 })).toBe(
      '/search?q=老旧小区&city=hangzhou&district=gongshu&page=2',
    );
  });

  it('leaves out empty parameters and page 1', () => {
    expect(searchHref({ q: '' })).toBe('/search');
    expect(searchHref({ q: '', city: 'ningbo', page: 1 })).toBe('/search?city=ningbo');
  });

  it('gives a browser back exactly the parameters it was given, whatever the words hold', () => {
    for (const q of ['老旧 小区', 'a&b=c', '100%', '#话题', '+1', '"<x>"', '𠮷野', '？！']) {
      const params = new URL(searchHref({ q, city: 'hangzhou', page: 3 }), 'https://example.cn').searchParams;
      expect(Object.fromEntries(params), q).toEqual({ q, city: 'hangzhou', page: '3' });
    }
  });

  it('never throws on a lone surrogate: it becomes U+FFFD, as in URLSearchParams', () => {
    expect(searchHref({ q: 'a\uD800b' })).toBe('/search?q=a%EF%BF%BDb');
    expect(authorHref('周\uDC00')).toBe('/authors/周%EF%BF%BD');
  });
});
