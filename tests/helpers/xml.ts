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
  const r: Reader = { xml, stack: [] };
  let i = decl[0].length;
  while (i < xml.length) {
    if (xml.startsWith('<![CDATA[', i)) i = readCdata(r, i);
    else if (xml.startsWith('</', i)) i = readClose(r, i);
    else if (xml[i] === '<') i = readOpen(r, i);
    else i = readText(r, i);
  }
  if (r.stack.length > 0 || !r.root) throw new Error('unclosed element or no root');
  return r.root;
}

/** The parse so far: open elements innermost last, and the root once seen. */
type Reader = { xml: string; stack: XmlNode[]; root?: XmlNode };

const OPEN = /<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
const CLOSE = /<\/([A-Za-z_][\w:.-]*)\s*>/y;

/** Each reader takes the construct at i and returns the index after it. */
function readCdata(r: Reader, i: number): number {
  const end = r.xml.indexOf(']]>', i);
  if (end < 0 || r.stack.length === 0) throw new Error('bad CDATA');
  r.stack[r.stack.length - 1].children.push(r.xml.slice(i + 9, end));
  return end + 3;
}

function readClose(r: Reader, i: number): number {
  CLOSE.lastIndex = i;
  const m = CLOSE.exec(r.xml);
  const top = r.stack.pop();
  if (!m || !top || top.name !== m[1]) throw new Error(`mismatched </${m?.[1]}> at ${i}`);
  return CLOSE.lastIndex;
}

function readOpen(r: Reader, i: number): number {
  OPEN.lastIndex = i;
  const m = OPEN.exec(r.xml);
  if (!m) throw new Error(`bad tag at ${i}: ${r.xml.slice(i, i + 40)}`);
  const attrs: Record<string, string> = {};
  for (const [, k, v] of m[2].matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[k] = decodeText(v);
  const node: XmlNode = { name: m[1], attrs, children: [] };
  if (r.stack.length > 0) r.stack[r.stack.length - 1].children.push(node);
  else if (r.root) throw new Error('second root element');
  else r.root = node;
  if (!m[3]) r.stack.push(node);
  return OPEN.lastIndex;
}

function readText(r: Reader, i: number): number {
  const next = r.xml.indexOf('<', i);
  const raw = r.xml.slice(i, next < 0 ? r.xml.length : next);
  if (raw.includes(']]>')) throw new Error(']]> in text');
  if (r.stack.length > 0) r.stack[r.stack.length - 1].children.push(decodeText(raw));
  else if (raw.trim()) throw new Error('text outside the root');
  return i + raw.length;
}

export const kids = (n: XmlNode, name: string) =>
  n.children.filter((c): c is XmlNode => typeof c !== 'string' && c.name === name);
