import { describe, expect, it } from 'vitest';
import { cleanShareUrl } from '../lib/share/clean-url';
import { requestOrigin } from '../lib/share/request-origin';

const page = 'https://news.example.cn/articles/tongxing-xiaofang-ganen-lanyan';

describe('cleanShareUrl', () => {
  it('drops what WeChat appends to a shared article', () => {
    expect(cleanShareUrl(`${page}?from=singlemessage&isappinstalled=0`)).toBe(page);
    expect(cleanShareUrl(`${page}?from=timeline`)).toBe(page);
  });

  it('drops campaign and analytics parameters and the fragment', () => {
    expect(cleanShareUrl(`${page}?utm_source=wechat&utm_medium=social&utm_campaign=x&spm=a2c.1.2#comments`)).toBe(page);
    expect(cleanShareUrl(`${page}?fbclid=abc&gclid=def&UTM_Source=x`)).toBe(page);
  });

  it('keeps the origin the reader is on, whatever host or port', () => {
    expect(cleanShareUrl('http://192.168.1.20:8080/cities/hangzhou?from=singlemessage')).toBe(
      'http://192.168.1.20:8080/cities/hangzhou',
    );
  });

  it('keeps the parameters a search reads, in order, and drops the rest', () => {
    expect(cleanShareUrl('https://x.cn/search?q=%E8%80%81%E6%97%A7&from=singlemessage&city=hangzhou&page=2&utm_source=a')).toBe(
      'https://x.cn/search?q=%E8%80%81%E6%97%A7&city=hangzhou&page=2',
    );
    expect(cleanShareUrl('https://x.cn/search?q=a+b&isappinstalled=0')).toBe('https://x.cn/search?q=a+b');
  });

  it('drops parameters on static pages, which read none', () => {
    expect(cleanShareUrl('https://x.cn/archive/2023/12/28?page=3&city=hangzhou')).toBe('https://x.cn/archive/2023/12/28');
  });

  it('returns text that is not a URL unchanged', () => {
    expect(cleanShareUrl('not a url')).toBe('not a url');
  });
});

describe('requestOrigin', () => {
  const origin = (h: Record<string, string>) => requestOrigin(new Headers(h));

  it('is the Host the reader asked for, or what a proxy forwarded', () => {
    expect(origin({ host: '192.168.1.20:3000' })).toBe('http://192.168.1.20:3000');
    expect(origin({ host: '127.0.0.1:3000', 'x-forwarded-host': 'News.Example.cn', 'x-forwarded-proto': 'https' })).toBe(
      'https://news.example.cn',
    );
    expect(origin({ host: '[::1]:3000' })).toBe('http://[::1]:3000');
  });

  it('is null for a missing or malformed host, so nothing odd is encoded', () => {
    expect(origin({})).toBeNull();
    expect(origin({ host: 'evil.cn/phish?x=' })).toBeNull();
    expect(origin({ host: 'a b' })).toBeNull();
    expect(origin({ host: 'x.cn', 'x-forwarded-proto': 'javascript' })).toBe('http://x.cn');
  });
});
