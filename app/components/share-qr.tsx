'use client';

/**
 * The article's QR code for WeChat, as an image (long-press “识别图中二维码” and “保存图片” need
 * one). Shown where scanning makes sense — a desktop screen read by a phone — and kept on white in
 * dark mode too: scanners need dark modules on a light ground. A client component only so that
 * its markup reaches the browser in a cached script, not in every article's RSC data.
 */
export function ShareQr({ src, title }: { src: string; title: string }) {
  return (
    <figure className="flex flex-col items-start gap-3">
      <img
        src={src}
        alt={`本文链接的二维码：${title}`}
        width={128}
        height={128}
        loading="lazy"
        decoding="async"
        className="qr-image"
      />
      <figcaption className="qr-caption">
        <span className="font-medium">微信扫一扫</span>
        <br />
        用手机打开本文，分享给好友或朋友圈
      </figcaption>
    </figure>
  );
}
