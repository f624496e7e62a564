/**
 * What a server-rendered Next.js page makes the browser load, read from its HTML with regular
 * expressions (the markup is Next's own output, not arbitrary HTML).
 */
export type PageParts = {
  /** `<script src>` the browser fetches, in order, once each; `noModule` ones are left out (modern browsers skip them). */
  scripts: string[];
  /** `<link rel="stylesheet">` hrefs, once each. */
  stylesheets: string[];
  /** The inline React Server Components payload: the `self.__next_f.push(…)` scripts, concatenated. */
  flight: string;
  /** Every other inline script, concatenated (JSON-LD, boot scripts). */
  otherInline: string;
};

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return m ? m[1].replaceAll('&amp;', '&') : undefined;
};

export function pageParts(html: string): PageParts {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  let flight = '';
  let otherInline = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs, body] = m;
    const src = attr(attrs, 'src');
    if (src !== undefined) {
      if (!/\snomodule\b/i.test(attrs)) scripts.add(src);
    } else if (body.includes('self.__next_f')) flight += body;
    else otherInline += body;
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(m[0], 'href');
    if (href !== undefined && attr(m[0], 'rel')?.split(/\s+/).includes('stylesheet')) stylesheets.add(href);
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets], flight, otherInline };
}
