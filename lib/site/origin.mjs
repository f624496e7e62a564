/**
 * The site's public origin, decided once from the environment. Plain JavaScript because
 * next.config.ts, server.mjs (no TypeScript loader) and lib/site/config.ts all need the same answer.
 *
 * Pages are rendered at build time, so canonical URLs, feeds and share images carry the origin the
 * build saw. Without SITE_URL that is the address `npm start` serves on, http://localhost:PORT,
 * never a made-up domain: a link copied from such a deployment then at least opens this server.
 */

/** @param {Record<string, string | undefined>} env */
export function resolveSiteOrigin(env = process.env) {
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    const port = env.PORT?.trim() || '3000';
    return { origin: `http://localhost:${port}`, configured: false };
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: 应为完整网址，如 https://news.example.cn（现为“${raw}”）`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: 只能是 http 或 https 网址（现为“${raw}”）`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL: 不能带查询参数或 #（现为“${raw}”）`);
  return { origin: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, configured: true };
}

/** The warning printed when SITE_URL is missing, naming the address used instead and the fix. */
export function siteOriginWarning(origin) {
  return [
    `⚠ SITE_URL 未设置：规范网址、RSS、站点地图、分享图和二维码都将使用 ${origin}。`,
    '  对外部署时请设置公开网址后重新构建，例如：SITE_URL=https://news.example.cn npm start',
  ].join('\n');
}

const WARNED = 'ZJNEWS_SITE_URL_WARNED';

/**
 * Prints the warning once per process tree: next build loads its config in several processes,
 * and they inherit the flag set here.
 */
export function warnIfSiteUrlMissing(env = process.env, log = console.warn) {
  const { origin, configured } = resolveSiteOrigin(env);
  if (configured || env[WARNED]) return false;
  env[WARNED] = '1';
  log(siteOriginWarning(origin));
  return true;
}
