import { SITE_URL } from '../../lib/site/config';
import type { RawResponse } from './raw-http';

/**
 * What must hold for every answer to a hostile request, as lists of problems (empty = fine) so a
 * run reports every broken promise at once instead of stopping at the first.
 */

/** The longest s-maxage (or max-age) a 404 may carry: a typo or a probe must not be cached for a year. */
export const MAX_404_SECONDS = 300;

/** The CSP directives the issue asks for, each with the one source it must list. */
const CSP_REQUIRED: [string, string][] = [
  ['default-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'self'"],
];

const STACK_PATTERNS: [string, RegExp][] = [
  ['stack frame', /^\s*at .*(?:\(|\s)(?:\/|file:|node:)[^\s)]*:\d+:\d+\)?\s*$/m],
  ['node_modules path', /node_modules[\\/]/],
  ['server build path', /[\\/]server[\\/](?:chunks|app|pages)[\\/][^"'\s]*\.js/],
  ['absolute project path', new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
];

export function stackTraceProblems(text: string, where = 'body'): string[] {
  return STACK_PATTERNS.filter(([, re]) => re.test(text)).map(([name, re]) => `${where}: ${name}: ${excerpt(text, re)}`);
}

function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m) return '';
  return JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
}

export function cspDirectives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

export function securityHeaderProblems(headers: Record<string, string>): string[] {
  const problems: string[] = [];
  const csp = headers['content-security-policy'];
  if (!csp) problems.push('no Content-Security-Policy');
  else {
    const directives = cspDirectives(csp);
    for (const [name, source] of CSP_REQUIRED) {
      if (!directives.get(name)?.includes(source)) problems.push(`CSP lacks ${name} ${source}`);
    }
  }
  if (headers['x-content-type-options']?.toLowerCase() !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  const referrer = headers['referrer-policy'];
  if (!referrer) problems.push('no Referrer-Policy');
  else if (/unsafe-url/i.test(referrer)) problems.push(`Referrer-Policy: ${referrer}`);
  if (!headers['permissions-policy']) problems.push('no Permissions-Policy');
  const xfo = headers['x-frame-options']?.toUpperCase();
  if (xfo !== undefined && xfo !== 'DENY' && xfo !== 'SAMEORIGIN') problems.push(`X-Frame-Options: ${xfo}`);
  return problems;
}

/** Seconds a shared cache may keep the answer: s-maxage, else max-age; 0 when caches must not keep it. */
export function sharedCacheSeconds(cacheControl: string | undefined): number {
  if (!cacheControl) return 0;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'no-store' || d === 'private')) return 0;
  const value = (name: string) => {
    const d = directives.find((x) => x.startsWith(`${name}=`));
    return d === undefined ? undefined : Number(d.slice(name.length + 1));
  };
  return value('s-maxage') ?? value('max-age') ?? 0;
}

const isHtml = (res: RawResponse) => /^text\/html\b/i.test(res.headers['content-type'] ?? '');

/** A redirect may go to a path of this site, to the loopback server or to SITE_URL, nowhere else. */
function isOwnLocation(location: string): boolean {
  if (/^\/(?![/\\])/.test(location)) return true;
  try {
    const url = new URL(location);
    return url.origin === new URL(SITE_URL).origin || url.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** The promises every answer keeps, whatever was asked. */
export function responseProblems(res: RawResponse): string[] {
  if (res.noResponse) return [];
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`status ${res.status}`);
  problems.push(...stackTraceProblems(res.body));
  // Node answers unparseable requests itself (400/431 with no headers); Next never saw them.
  if (res.headers['content-type'] !== undefined) {
    if (isHtml(res)) problems.push(...securityHeaderProblems(res.headers));
    else if (res.headers['x-content-type-options']?.toLowerCase() !== 'nosniff')
      problems.push('no X-Content-Type-Options: nosniff');
  }
  if (res.status === 404) {
    const seconds = sharedCacheSeconds(res.headers['cache-control']);
    if (seconds > MAX_404_SECONDS)
      problems.push(`404 cacheable for ${seconds} s (Cache-Control: ${res.headers['cache-control']})`);
  }
  const location = res.headers.location;
  if (location !== undefined && !isOwnLocation(location)) problems.push(`redirects off-site: ${location}`);
  return problems;
}

/** Lines of the server log that show an unhandled error: stack frames and `…Error:` lines. */
export function logProblems(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => /^\s+at \S|Error:/.test(line))
    .slice(0, 20);
}
