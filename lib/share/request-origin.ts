/**
 * The origin a request was addressed to, from its Host (or a proxy's X-Forwarded-Host and
 * X-Forwarded-Proto), or null when those are missing or not a plain host name with an optional
 * port. Used only when SITE_URL is unset, so the QR code opens the server the reader is on.
 */
export function requestOrigin(headers: Headers): string | null {
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim() || undefined;
  const host = first('x-forwarded-host') ?? first('host');
  if (!host || !/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host)) return null;
  const proto = first('x-forwarded-proto');
  return `${proto === 'https' ? 'https' : 'http'}://${host.toLowerCase()}`;
}
