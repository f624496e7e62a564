import QRCode from 'qrcode';
import { z } from 'zod';

export const QrCodeSchema = z.object({
  /** The exact string encoded. */
  data: z.string(),
  /** QR version 1–40; decides the module count (17 + 4 × version). */
  version: z.number().int().min(1).max(40),
  /** Side length in modules, quiet zone included: the SVG's user units. */
  size: z.number().int().positive(),
  viewBox: z.string(),
  /** Dark modules as one path, one rectangle per horizontal run. */
  path: z.string(),
  svg: z.string(),
});
export type QrCode = z.infer<typeof QrCodeSchema>;

/** The quiet zone the QR specification requires around the symbol; scanners (WeChat's too) miss codes without it. */
export const QR_QUIET_ZONE = 4;

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * A QR code for `data` as a self-contained SVG (no external service, no script). Black on an
 * explicit white square so it still scans when the page around it is dark. Error correction M
 * survives a scuffed screen and keeps article URLs at a small version.
 */
export function qrSvg(data: string, label: string): QrCode {
  const qr = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const size = n + 2 * QR_QUIET_ZONE;
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      path += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  const viewBox = `0 0 ${size} ${size}`;
  const title = escapeXml(label);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" role="img" aria-label="${title}" shape-rendering="crispEdges">` +
    `<title>${title}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return { data, version: qr.version, size, viewBox, path, svg };
}
