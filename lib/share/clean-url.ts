/**
 * The address a reader shares: the page they are on, without what messengers and campaign tools
 * append (WeChat's `from=singlemessage` and `isappinstalled=0`, `utm_*`, `spm`…). Only the query
 * parameters a page actually reads are kept, so two readers sharing the same page share one URL.
 */

/** Query parameters each path reads; every other parameter is dropped. */
const MEANINGFUL: readonly { path: RegExp; keys: readonly string[] }[] = [
  { path: /^\/search\/?$/, keys: ['q', 'city', 'district', 'page'] },
];

/** Parameters known to be added by sharing and tracking, dropped even where a page reads others. */
export const TRACKING_PARAM =
  /^(utm_.*|from|isappinstalled|spm|scene|clicktime|enterid|share_token|wxshare_count|fbclid|gclid|msclkid|mc_(cid|eid)|yclid|_hsenc|_hsmi|ref|ref_src|sharer_shareid|sharer_sharetime)$/i;

/**
 * `href` (absolute) → the URL to copy or share: same origin and path, meaningful parameters in
 * their order, tracking parameters and the fragment removed. Input that is not a URL comes back
 * unchanged rather than throwing inside a click handler.
 */
export function cleanShareUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const keys = MEANINGFUL.find((m) => m.path.test(url.pathname))?.keys ?? [];
  const kept = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    if (keys.includes(key) && !TRACKING_PARAM.test(key)) kept.append(key, value);
  }
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}
