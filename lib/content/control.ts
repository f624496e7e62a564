/**
 * Control characters (C0 other than tab and newline, DEL, C1) never belong in an article: they
 * are OCR or copy-paste debris, and printed to a terminal an ESC sequence can rewrite the screen.
 * The content checks reject them; everything printed from file text escapes them.
 */

// \r is included: it is only allowed as part of a CRLF line end, which callers split off first.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** `U+001B`, the way a code point is named in messages. */
export const codePointLabel = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text safe to print: every control character shown as `<U+001B>`. */
export const escapeControl = (text: string) => text.replace(CONTROL_ALL, (ch) => `<${codePointLabel(ch)}>`);

/** The first control character of `text`: its name and its position in characters, from 1. */
export function firstControl(text: string): { label: string; column: number } | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  return { label: codePointLabel(match[0]), column: Array.from(text.slice(0, match.index)).length + 1 };
}
