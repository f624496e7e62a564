import { describe, expect, it } from 'vitest';
import { resolveSiteOrigin, warnIfSiteUrlMissing } from '../lib/site/origin.mjs';

describe('resolveSiteOrigin', () => {
  it('uses the address the server listens on when SITE_URL is unset, never a made-up domain', () => {
    expect(resolveSiteOrigin({})).toEqual({ origin: 'http://localhost:3000', configured: false });
    expect(resolveSiteOrigin({ PORT: '8080', SITE_URL: ' ' })).toEqual({ origin: 'http://localhost:8080', configured: false });
  });

  it('takes SITE_URL without its trailing slash, keeping a path prefix', () => {
    expect(resolveSiteOrigin({ SITE_URL: 'https://news.example.cn/' }).origin).toBe('https://news.example.cn');
    expect(resolveSiteOrigin({ SITE_URL: 'https://example.cn/zjnews/' }).origin).toBe('https://example.cn/zjnews');
  });

  it('rejects what is not an http(s) origin, naming the variable', () => {
    expect(() => resolveSiteOrigin({ SITE_URL: 'news.example.cn' })).toThrow(/^SITE_URL: 应为完整网址/);
    expect(() => resolveSiteOrigin({ SITE_URL: 'ftp://x.cn' })).toThrow(/^SITE_URL: 只能是 http 或 https/);
    expect(() => resolveSiteOrigin({ SITE_URL: 'https://x.cn/?a=1' })).toThrow(/^SITE_URL: 不能带查询参数/);
  });
});

describe('warnIfSiteUrlMissing', () => {
  it('warns once per process tree, naming the address used and how to set SITE_URL', () => {
    const env: Record<string, string | undefined> = { PORT: '4000' };
    const lines: string[] = [];
    expect(warnIfSiteUrlMissing(env, (m) => lines.push(m))).toBe(true);
    expect(warnIfSiteUrlMissing(env, (m) => lines.push(m))).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SITE_URL 未设置');
    expect(lines[0]).toContain('http://localhost:4000');
  });

  it('stays quiet when SITE_URL is set', () => {
    const lines: string[] = [];
    expect(warnIfSiteUrlMissing({ SITE_URL: 'https://x.cn' }, (m) => lines.push(m))).toBe(false);
    expect(lines).toEqual([]);
  });
});
