import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { getSeries } from '../lib/content/catalog';
import { loadContent } from '../lib/content/load';
import { cardFonts, shareCard } from '../lib/share/card';
import { drawable, loadShareFonts, parseUnicodeRange, subsetsFor } from '../lib/share/fonts';
import { articleShare } from '../lib/share/links';
import { articleQrUrl } from '../lib/site/routes';
import { QR_QUIET_ZONE, QR_SCALE, qrPng } from '../lib/share/qr';
import { ELLIPSIS, fitTitle, opensWithMark, textWidth, wrapTitle } from '../lib/share/wrap';
import { SITE_URL } from '../lib/site/config';

const content = loadContent();
const article = content.articles.find((a) => a.slug === 'tongxing-xiaofang-ganen-lanyan');
if (!article) throw new Error('fixture article missing');

/** Reads the PNG back into a module grid by sampling the centre of each module. */
function modulesOf(png: Buffer, modules: number): boolean[][] {
  const image = PNG.sync.read(png);
  expect(image.width).toBe(modules * QR_SCALE);
  expect(image.height).toBe(image.width);
  const dark = (x: number, y: number) => image.data[(y * image.width + x) * 4] < 128;
  return Array.from({ length: modules }, (_, my) =>
    Array.from({ length: modules }, (_, mx) => dark(mx * QR_SCALE + QR_SCALE / 2, my * QR_SCALE + QR_SCALE / 2)),
  );
}

describe('qrPng', async () => {
  const url = `${SITE_URL}/articles/tongxing-xiaofang-ganen-lanyan`;
  const qr = await qrPng(url);

  it('is a PNG of the modules plus the quiet zone, black on white', () => {
    expect(qr.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(qr.modules).toBe(17 + 4 * qr.version + 2 * QR_QUIET_ZONE);
  });

  it('draws exactly the modules of a QR code for the URL', () => {
    expect(qr.data).toBe(url);
    const reference = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBe(reference.version);
    const grid = modulesOf(qr.png, qr.modules);
    const n = reference.modules.size;
    for (let y = 0; y < qr.modules; y++) {
      for (let x = 0; x < qr.modules; x++) {
        const inside = x >= QR_QUIET_ZONE && y >= QR_QUIET_ZONE && x < QR_QUIET_ZONE + n && y < QR_QUIET_ZONE + n;
        const dark = inside && reference.modules.get(y - QR_QUIET_ZONE, x - QR_QUIET_ZONE) === 1;
        expect(grid[y][x], `module ${x},${y}`).toBe(dark);
      }
    }
  });

  it('draws a URL once and hands back the same image after that', async () => {
    expect(await qrPng(url)).toBe(qr);
  });

  it('grows with the data', async () => {
    expect((await qrPng(`${url}?${'x'.repeat(200)}`)).version).toBeGreaterThan(qr.version);
  });
});

describe('articleShare', () => {
  it('gives the share sheet a title and text (the URL is the page the reader is on), and points at its QR image', () => {
    const share = articleShare(article);
    expect(Object.keys(share)).toEqual(['title', 'text']);
    expect(share.title).toBe('“童”行消防 感恩“蓝焰”');
    expect(share.text).toBe('“童”行消防 感恩“蓝焰”｜浙江新闻摘要');
    expect(articleQrUrl(article)).toBe('/articles/tongxing-xiaofang-ganen-lanyan/qr.png');
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
    expect(lines.join('').replace(ELLIPSIS, '')).toBe(
      Array.from(long)
        .slice(0, Array.from(lines.join('')).length - 2)
        .join(''),
    );
  });

  it('picks the largest size that fits in two lines', () => {
    expect(fitTitle('智慧海洋分论坛在定海开幕', 1032, [80, 72, 64], 2, 3)).toMatchObject({ fontSize: 80, truncated: false });
    const long = fitTitle(
      '守正创新谋发展凝心聚力建新功杭州市上城区新的社会阶层人士统战工作创新实践纪实',
      1032,
      [80, 72, 64],
      2,
      3,
    );
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
