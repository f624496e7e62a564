import { beforeAll, describe, expect, it } from 'vitest';
import { headerCases, hostCases, methodCases, pathCases, queryCases, rangeCases, unknownSlugCases } from './cases';
import { hostilePhase } from './phase';
import { probeWithLog, server } from './probe';
import { rawRequest } from './raw-http';
import { RUN, staticFileIn } from './site';

// The Range cases need a real static file and its size: the first one the home page links to.
const home = await rawRequest(server().port, { target: '/' });
const staticFile = staticFileIn(home.body);
const staticSize = Number((await rawRequest(server().port, { method: 'HEAD', target: staticFile })).headers['content-length']);

const phase = hostilePhase();
beforeAll(phase.begin);

const groups = {
  methods: methodCases(),
  'unknown slugs': unknownSlugCases(RUN),
  paths: pathCases(),
  'Host headers': hostCases(),
  [`Range on ${staticFile} (${staticSize} bytes)`]: rangeCases(staticFile, staticSize),
  queries: queryCases(),
  headers: headerCases(),
};

for (const [group, cases] of Object.entries(groups)) {
  describe(group, () => {
    it.each(cases)('$name', async (kase) => {
      // One string, so the report shows every problem of the case in full.
      expect((await probeWithLog(kase)).join(' | ')).toBe('');
    });
  });
}

/** `共 <strong>N</strong> 篇` on the search page. */
const searchTotal = (html: string) => Number(/共 (?:<!-- -->)?<strong>(\d+)<\/strong>/.exec(html)?.[1] ?? NaN);
const hasNote = (html: string) => /role="note"/.test(html);

describe('district without city', () => {
  // Either the district is ignored (same results) or the page says how it filtered: never silently.
  it('/search?district=shangcheng does not filter silently', async () => {
    const plain = `/search?q=${encodeURIComponent('治理')}`;
    const all = await rawRequest(server().port, { target: plain });
    const filtered = await rawRequest(server().port, { target: `${plain}&district=shangcheng` });
    expect(filtered.status).toBe(200);
    const said = hasNote(filtered.body) || /（已按[^）]*上城区筛选）/.test(filtered.body);
    const silent = searchTotal(filtered.body) !== searchTotal(all.body) && !said;
    expect(silent ? `${searchTotal(all.body)} → ${searchTotal(filtered.body)} results, with no note` : '').toBe('');
  });

  it('/?district=shangcheng leads to the edition filtered to 杭州市上城区, a page that says so', async () => {
    let target = '/?district=shangcheng';
    for (let hop = 0; hop < 3; hop++) {
      const res = await rawRequest(server().port, { target });
      if (res.status !== 307 && res.status !== 308) break;
      const next = new URL(String(res.headers.location).split(',')[0], 'http://x');
      target = next.pathname + next.search;
    }
    expect(target).toMatch(/^\/archive\/\d{4}\/\d{2}\/\d{2}\/hangzhou\/shangcheng$/);
    const page = await rawRequest(server().port, { target });
    expect(page.status).toBe(200);
    // React separates adjacent text parts with <!-- -->.
    expect(page.body.replaceAll('<!-- -->', '')).toContain('本期杭州市上城区共');
  });
});

phase.closingTests();
