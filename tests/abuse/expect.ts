import type { RawResponse } from './raw-http';

/** Promises particular to some cases, on top of responseProblems; each returns its problems. */
export type Expectation = (res: RawResponse) => string[];

/** The search page title: “<query cut to 40 code points>”的搜索结果｜浙江新闻摘要. */
export const TITLE_MAX_CODE_POINTS = 60;
/** How much of a query a page may echo: the engine reads only the first 200 code points. */
export const ECHO_MAX_CODE_POINTS = 200;

export const all =
  (...expectations: Expectation[]): Expectation =>
  (res) =>
    expectations.flatMap((e) => e(res));

export const status =
  (...codes: number[]): Expectation =>
  (res) =>
    codes.includes(res.status) ? [] : [`status ${res.status}, expected ${codes.join(' or ')}`];

/** Non-GET/HEAD on a page, feed or image: 405 with an Allow header naming GET and HEAD. */
export const methodNotAllowed: Expectation = (res) => {
  const problems = status(405)(res);
  const allow = (res.headers.allow ?? '').toUpperCase().split(/\s*,\s*/);
  if (!allow.includes('GET') || !allow.includes('HEAD')) problems.push(`Allow: ${res.headers.allow ?? '(none)'}`);
  return problems;
};

/** None of these strings may come back, in the body or in a header. */
export const noEcho =
  (...strings: string[]): Expectation =>
  (res) => {
    const headers = Object.values(res.headers).join('\n');
    return strings
      .filter((s) => res.body.includes(s) || headers.includes(s))
      .map((s) => `echoes ${JSON.stringify(s.slice(0, 60))}`);
  };

/** A traversal must not serve a file from outside the public folders. */
export const noProjectFile: Expectation = (res) =>
  [/"devDependencies"/, /root:x:0:0/, /NEXT_DIST_DIR/]
    .filter((re) => re.test(res.body))
    .map((re) => `serves a private file (${re.source})`);

export const titleOf = (html: string) => /<title>([\s\S]*?)<\/title>/.exec(html)?.[1];

/** The search page title: no control characters (NUL and the rest of C0, DEL), capped. */
export const cleanTitle: Expectation = (res) => {
  const title = titleOf(res.body);
  if (title === undefined) return res.status === 200 ? ['no <title>'] : [];
  const problems: string[] = [];
  if (/[\u0000-\u001f\u007f]|&#0*(?:[0-9]|[12]\d|3[01]|127);|&#x0*[01]?[0-9a-f];/i.test(title))
    problems.push(`title has a control character: ${JSON.stringify(title)}`);
  const length = [...title].length;
  if (length > TITLE_MAX_CODE_POINTS) problems.push(`title is ${length} code points (max ${TITLE_MAX_CODE_POINTS})`);
  return problems;
};

/**
 * No U+FFFD in the title when the query had none: a cut must fall between code points. (Invalid
 * UTF-8 in the URL decodes to U+FFFD before the page sees it, so those cases do not use this.)
 */
export const titleCutAtCodePoints: Expectation = (res) => {
  const title = titleOf(res.body) ?? '';
  return title.includes('\uFFFD') ? [`title has U+FFFD: ${JSON.stringify(title)}`] : [];
};

/** A long query comes back at most ECHO_MAX_CODE_POINTS code points long. */
export const echoCapped =
  (query: string): Expectation =>
  (res) => {
    const tooLong = [...query].slice(0, ECHO_MAX_CODE_POINTS + 1).join('');
    return res.body.includes(tooLong) ? [`echoes more than ${ECHO_MAX_CODE_POINTS} code points of the query`] : [];
  };

/** No raw NUL anywhere in the page. */
export const noNul: Expectation = (res) => (res.body.includes('\u0000') ? ['body contains NUL'] : []);
