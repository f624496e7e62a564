import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { getSeries } from '../lib/content/catalog';
import { loadContent } from '../lib/content/load';
import { cardFonts, shareCard } from '../lib/share/card';
import { drawable, loadShareFonts, parseUnicodeRange, subsetsFor } from '../lib/share/fonts';
import { articleShare } from '../lib/share/links';
import { QR_QUIET_ZONE, qrSvg } from '../lib/share/qr';
import { ELLIPSIS, fitTitle, opensWithMark, textWidth, wrapTitle } from '../lib/share/wrap';
import { SITE_URL } from '../lib/site/config';

const content = loadContent();
const article = content.articles.find((a) => a.slug === 'tongxing-xiaofang-ganen-lanyan');
if (!article) throw new Error('fixture article missing');

/** Paints the path's `M x y h w v 1 h -w z` runs back into a module grid. */
function rasterize(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const run = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;
  let consumed = 0;
  for (const m of path.matchAll(run)) {
    const [x, y, w, back] = m.slice(1).map(Number);
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) grid[y][x + i] = true;
    consumed += m[0].length;
  }
  expect(consumed).toBe(path.length); // nothing but runs in the path
  return grid;
}

describe('qrSvg', () => {
  const url = `${SITE_URL}/articles/tongxing-xiaofang-ganen-lanyan`;
  const qr = qrSvg(url, '二维码 <测试> & “引号”');

  it('is a standalone SVG with a square viewBox of the modules plus the quiet zone', () => {
    const modules = 17 + 4 * qr.version;
    expect(qr.size).toBe(modules + 2 * QR_QUIET_ZONE);
    expect(qr.viewBox).toBe(`0 0 ${qr.size} ${qr.size}`);
    expect(qr.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(qr.svg).toContain(`viewBox="${qr.viewBox}"`);
    expect(qr.svg.endsWith('</svg>')).toBe(true);
    expect(qr.svg.match(/<svg\b/g)).toHaveLength(1);
    // White ground under black modules, so it scans on a dark page too.
    expect(qr.svg).toContain(`<rect width="${qr.size}" height="${qr.size}" fill="#fff"/>`);
    expect(qr.svg).toContain(`<path fill="#000" d="${qr.path}"/>`);
  });

  it('escapes the label and carries no script or external reference', () => {
    expect(qr.svg).toContain('aria-label="二维码 &lt;测试&gt; &amp; “引号”"');
    expect(qr.svg).toContain('<title>二维码 &lt;测试&gt; &amp; “引号”</title>');
    expect(qr.svg).not.toMatch(/<script|href=|url\(/i);
  });

  it('draws exactly the modules of a QR code for the URL', () => {
    expect(qr.data).toBe(url);
    const reference = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBe(reference.version);
    const grid = rasterize(qr.path, qr.size);
    const n = reference.modules.size;
    for (let y = 0; y < qr.size; y++) {
      for (let x = 0; x < qr.size; x++) {
        const inside = x >= QR_QUIET_ZONE && y >= QR_QUIET_ZONE && x < QR_QUIET_ZONE + n && y < QR_QUIET_ZONE + n;
        const dark = inside && reference.modules.get(y - QR_QUIET_ZONE, x - QR_QUIET_ZONE) === 1;
        expect(grid[y][x], `module ${x},${y}`).toBe(dark);
      }
    }
    // The three finder patterns: 7×7 dark rings at three corners.
    for (const [fx, fy] of [[0, 0], [n - 7, 0], [0, n - 7]]) {
      expect(grid[QR_QUIET_ZONE + fy][QR_QUIET_ZONE + fx]).toBe(true);
      expect(grid[QR_QUIET_ZONE + fy + 1][QR_QUIET_ZONE + fx + 1]).toBe(false);
      expect(grid[QR_QUIET_ZONE + fy + 3][QR_QUIET_ZONE + fx + 3]).toBe(true);
    }
  });

  it('grows with the data', () => {
    expect(qrSvg(`${url}?${'x'.repeat(200)}`, 'long').version).toBeGreaterThan(qr.version);
  });
});

describe('articleShare', () => {
  it('shares and encodes the absolute canonical URL, nothing appended', () => {
    const share = articleShare(article);
    expect(share.url).toBe(`${SITE_URL}/articles/tongxing-xiaofang-ganen-lanyan`);
    expect(share.qr.data).toBe(share.url);
    expect(share.title).toBe('“童”行消防 感恩“蓝焰”');
    expect(share.text).toBe('“童”行消防 感恩“蓝焰”｜浙江新闻摘要');
    expect(share.qr.svg).toContain('aria-label="本文链接的二维码：“童”行消防 感恩“蓝焰”"');
  });
});

describe('wrapTitle', () => {
  it('keeps a short headline on one line', () => {
    expect(wrapTitle('智慧海洋分论坛在定海开幕', 14, 3)).toEqual({ lines: ['智慧海洋分论坛在定海开幕'], truncated: false });
  });

  it('breaks a two-phrase headline at its space', () => {
    expect(wrapTitle('三方协同 老旧小区焕新颜', 8, 3).lines).toEqual(['三方协同', '老旧小区焕新颜']);
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    for (const width of [5, 6, 7, 8, 9, 10]) {
      const { lines } = wrapTitle('“全国优秀共青团员”“浙江省最美救护人”，衢州市有礼之星。', width, 10);
      for (const line of lines) {
        expect(line, `width ${width}: ${lines.join('|')}`).not.toMatch(/^[，。、；：？！”’）》]/);
        expect(line, `width ${width}: ${lines.join('|')}`).not.toMatch(/[“‘（《]$/);
        expect(textWidth(line)).toBeLessThanOrEqual(width);
      }
      expect(lines.join('')).toBe('“全国优秀共青团员”“浙江省最美救护人”，衢州市有礼之星。');
    }
  });

  it('keeps Latin runs and numbers whole', () => {
    const { lines } = wrapTitle('本次论坛创新采用“1+4+N”模式', 10, 3);
    expect(lines.some((l) => l.includes('1+4+N'))).toBe(true);
  });

  it('truncates to the line limit with a Chinese ellipsis that still fits', () => {
    const long = '守正创新谋发展凝心聚力建新功杭州市上城区新的社会阶层人士统战工作创新实践纪实之一二三四五六';
    const { lines, truncated } = wrapTitle(long, 12, 3);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(lines[2])).toBeLessThanOrEqual(12);
    expect(lines.join('').replace(ELLIPSIS, '')).toBe(Array.from(long).slice(0, Array.from(lines.join('')).length - 2).join(''));
  });

  it('picks the largest size that fits in two lines', () => {
    expect(fitTitle('智慧海洋分论坛在定海开幕', 1032, [80, 72, 64], 2, 3)).toMatchObject({ fontSize: 80, truncated: false });
    const long = fitTitle('守正创新谋发展凝心聚力建新功杭州市上城区新的社会阶层人士统战工作创新实践纪实', 1032, [80, 72, 64], 2, 3);
    expect(long.fontSize).toBe(64);
    expect(long.lines.length).toBe(3);
  });

  it('knows which lines open with a mark that should hang', () => {
    expect(opensWithMark('“童”行消防')).toBe(true);
    expect(opensWithMark('童行消防')).toBe(false);
  });
});

describe('share image fonts', () => {
  it('parses CSS unicode-range lists, wildcards included', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3001,U+4??')).toEqual([
      [0x4e00, 0x4e0f],
      [0x3001, 0x3001],
      [0x400, 0x4ff],
    ]);
  });

  it('selects only the subsets that hold the text, plus Latin', () => {
    const map = { '[1]': 'U+4e00-4e0f', '[2]': 'U+6d59', '[3]': 'U+9fa0-9fff', latin: 'U+0000-00ff' };
    expect(subsetsFor('一浙', map)).toEqual(['1', '2', 'latin']);
    expect(subsetsFor('abc', map)).toEqual(['latin']);
  });

  it('drops what the bundled fonts cannot draw (emoji would be fetched from the network)', () => {
    expect(drawable('智慧海洋😀论坛 A1')).toBe('智慧海洋论坛 A1');
  });

  it('loads real WOFF subsets for a card, each under its own name, listed in the family stacks', async () => {
    const card = shareCard(article, getSeries(content, 'chuangxin-jiceng-zhili'));
    expect(card.titleLines).toEqual(['“童”行消防 感恩“蓝焰”']);
    expect(card.kicker).toBe('创新基层治理 开启美丽嬗变');
    expect(card.place).toBe('衢州市常山县');
    expect(card.date).toBe('2023年12月28日');
    const { fonts, stacks } = await loadShareFonts(cardFonts(card));
    expect(fonts.length).toBeGreaterThan(2);
    for (const f of fonts) {
      expect(new TextDecoder().decode(new Uint8Array(f.data, 0, 4))).toBe('wOFF');
      expect(stacks[f.name.startsWith('Noto Serif SC') ? 'Noto Serif SC' : 'Noto Sans SC']).toContain(f.name);
    }
    expect(new Set(fonts.map((f) => f.name)).size).toBe(fonts.length);
    // Only a few hundred KB for a whole card, not the multi-megabyte family.
    expect(fonts.reduce((n, f) => n + f.data.byteLength, 0)).toBeLessThan(2_000_000);
  });
});
