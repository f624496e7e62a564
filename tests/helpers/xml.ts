/** A minimal, strict XML reader for tests: elements, attributes, text, CDATA; throws on malformed input. */
export type XmlNode = { name: string; attrs: Record<string, string>; children: (XmlNode | string)[] };

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
function decodeText(raw: string): string {
  if (raw.replace(ENTITY, '').includes('&')) throw new Error(`bare & in ${JSON.stringify(raw.slice(0, 40))}`);
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw.replace(ENTITY, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : named[e],
  );
}

export function parseXml(xml: string): XmlNode {
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n?/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  const open = /<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
  const close = /<\/([A-Za-z_][\w:.-]*)\s*>/y;
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let i = decl[0].length;
  while (i < xml.length) {
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) throw new Error('bad CDATA');
      stack[stack.length - 1].children.push(xml.slice(i + 9, end));
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      close.lastIndex = i;
      const m = close.exec(xml);
      const top = stack.pop();
      if (!m || !top || top.name !== m[1]) throw new Error(`mismatched </${m?.[1]}> at ${i}`);
      i = close.lastIndex;
      continue;
    }
    if (xml[i] === '<') {
      open.lastIndex = i;
      const m = open.exec(xml);
      if (!m) throw new Error(`bad tag at ${i}: ${xml.slice(i, i + 40)}`);
      const attrs: Record<string, string> = {};
      for (const [, k, v] of m[2].matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[k] = decodeText(v);
      const node: XmlNode = { name: m[1], attrs, children: [] };
      if (stack.length > 0) stack[stack.length - 1].children.push(node);
      else if (root) throw new Error('second root element');
      else root = node;
      if (!m[3]) stack.push(node);
      i = open.lastIndex;
      continue;
    }
    const next = xml.indexOf('<', i);
    const raw = xml.slice(i, next < 0 ? xml.length : next);
    if (raw.includes(']]>')) throw new Error(']]> in text');
    if (stack.length > 0) stack[stack.length - 1].children.push(decodeText(raw));
    else if (raw.trim()) throw new Error('text outside the root');
    i += raw.length;
  }
  if (stack.length > 0 || !root) throw new Error('unclosed element or no root');
  return root;
}

export const kids = (n: XmlNode, name: string) => n.children.filter((c): c is XmlNode => typeof c !== 'string' && c.name === name);
