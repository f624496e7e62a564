import type { Correction } from '../content/schema';

/**
 * Quotation marks one level down, as Chinese nests them (GB/T 15834): “ ” inside becomes ‘ ’ and
 * ‘ ’ becomes “ ”, so 原文“使小区“内循环”…” reads 原文“使小区‘内循环’…”.
 */
export function nestQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (q) => ({ '“': '‘', '”': '’', '‘': '“', '’': '”' })[q] ?? q);
}

/** A correction as written in content; `kind` may be left out (proofreading). */
export type CorrectionInput = Omit<Correction, 'kind'> & Partial<Pick<Correction, 'kind'>>;

/**
 * An erratum reads 原文“X”更正为“Y” (the paper printed X); a proofreading fix reads 识别文字“X”校正为“Y”
 * (only our OCR read X). The editor's note is kept apart so the page can set it off.
 */
export function correctionText(c: CorrectionInput): { change: string; note: string | null } {
  const [what, verb] = c.kind === 'erratum' ? ['原文', '更正'] : ['识别文字', '校正'];
  const change = c.to ? `${what}“${nestQuotes(c.from)}”${verb}为“${nestQuotes(c.to)}”` : `${what}“${nestQuotes(c.from)}”已删除`;
  return { change, note: c.note?.trim() || null };
}

/**
 * An article's corrections in two lists: errata (real corrections of what was printed) and this
 * site's digitisation proofreading, which must never be presented as the paper's mistakes.
 */
export function splitCorrections<T extends CorrectionInput>(corrections: readonly T[]): { errata: T[]; proofreading: T[] } {
  return {
    errata: corrections.filter((c) => c.kind === 'erratum'),
    proofreading: corrections.filter((c) => c.kind !== 'erratum'),
  };
}

/** The whole correction on one line, for structured data. */
export function correctionLine(c: CorrectionInput): string {
  const { change, note } = correctionText(c);
  return note ? `${change}（${note}）` : change;
}
