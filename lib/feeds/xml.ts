// XML text helpers shared by the RSS feeds and the sitemaps.

// Characters XML 1.0 forbids outright (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF):
// OCR'd text can carry them, and a single one makes the whole document unparseable.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const stripInvalidXmlChars = (text: string) => text.replace(INVALID_XML_CHARS, '');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe in both text nodes and quoted attribute values. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * A CDATA section holding `text` verbatim. A literal `]]>` would end the section early, so it is
 * split across two sections (`]]` + `>`), which a parser joins back into the same characters.
 */
export function cdata(text: string): string {
  return `<![CDATA[${stripInvalidXmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `<name attr="…">escaped text</name>`; attributes with undefined values are left out. */
export function textElement(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  const attrText = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<${name}${attrText}>${escapeXml(text)}</${name}>`;
}
