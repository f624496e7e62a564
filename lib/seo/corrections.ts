import type { Correction } from '../content/schema';

/**
 * Quotation marks one level down, as Chinese nests them (GB/T 15834): “ ” inside becomes ‘ ’ and
 * ‘ ’ becomes “ ”, so 原文“使小区“内循环”…” reads 原文“使小区‘内循环’…”.
 */
export function nestQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (q) => ({ '“': '‘', '”': '’', '‘': '“', '’': '”' })[q] ?? q);
}

/** 原文“X”更正为“Y”, with the editor's note kept apart so the page can set it off. */
export function correctionText(c: Correction): { change: string; note: string | null } {
  const change = c.to
    ? `原文“${nestQuotes(c.from)}”更正为“${nestQuotes(c.to)}”`
    : `原文“${nestQuotes(c.from)}”已删除`;
  return { change, note: c.note?.trim() || null };
}

/** The whole correction on one line, for structured data. */
export function correctionLine(c: Correction): string {
  const { change, note } = correctionText(c);
  return note ? `${change}（${note}）` : change;
}
