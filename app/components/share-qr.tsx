import type { QrCode } from '@/lib/share/qr';

/**
 * The article's QR code for WeChat, drawn on the server as inline SVG (lib/share/qr.ts builds it
 * from numbers and an escaped label only). Kept on a white card in dark mode too: scanners need
 * dark modules on a light ground.
 */
export function ShareQr({ qr }: { qr: QrCode }) {
  return (
    <figure className="flex items-center gap-4 sm:flex-col sm:items-start">
      <div
        className="w-32 shrink-0 rounded-md bg-white p-1 ring-1 ring-gray-200 dark:ring-gray-700 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: qr.svg }}
      />
      <figcaption className="text-sm text-gray-700 dark:text-gray-300">
        <span className="font-medium">微信扫一扫</span>
        <br />
        用手机打开本文，分享给好友或朋友圈
      </figcaption>
    </figure>
  );
}
