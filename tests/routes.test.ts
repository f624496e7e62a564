import { describe, expect, it } from 'vitest';
import { authorHref, authorUrl } from '../lib/site/routes';

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
