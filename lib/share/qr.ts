import QRCode from 'qrcode';

/** The quiet zone the QR specification requires around the symbol; scanners (WeChat's too) miss codes without it. */
export const QR_QUIET_ZONE = 4;
/** Pixels per module: a 41-module code plus its quiet zone comes out at 392 px, sharp at 2× on a 160 px box. */
export const QR_SCALE = 8;

export type QrPng = { data: string; version: number; /** side in modules, quiet zone included */ modules: number; png: Buffer };

/**
 * A QR code for `data` as a PNG: an image, because WeChat's long-press “识别图中二维码” and
 * “保存图片” only work on images, not inline SVG. Black on white so it scans on a dark page;
 * error correction M survives a scuffed screen and keeps article URLs at a small version.
 */
export async function qrPng(data: string): Promise<QrPng> {
  const hit = drawn.get(data);
  if (hit) return hit;
  const qr = await drawQrPng(data);
  // Bounded: a Host header can vary per request, so the keys are not all ours.
  if (drawn.size >= QR_CACHE_ENTRIES) drawn.delete(drawn.keys().next().value as string);
  drawn.set(data, qr);
  return qr;
}

/** The QR route draws on every request; the same URL's image is kept (a few KB each) instead. */
const QR_CACHE_ENTRIES = 500;
const drawn = new Map<string, QrPng>();

async function drawQrPng(data: string): Promise<QrPng> {
  const qr = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const png = await QRCode.toBuffer(data, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: QR_QUIET_ZONE,
    scale: QR_SCALE,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  return { data, version: qr.version, modules: qr.modules.size + 2 * QR_QUIET_ZONE, png };
}
