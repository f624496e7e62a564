/**
 * Writes drafts into the output folder, never over an existing file unless forced: an editor's
 * reviewed article must not be lost to a re-run of the importer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Draft } from './import';
import { draftMarkdown, type DraftContext } from './draft';

export type WriteResult = { ok: true; files: string[] } | { ok: false; message: string };

export function writeDrafts(drafts: Draft[], ctx: DraftContext & { out: string; force: boolean }): WriteResult {
  const files = drafts.map((d) => path.join(ctx.out, `${d.slug}.md`));
  const existing = files.filter((f) => fs.existsSync(f));
  if (existing.length && !ctx.force) {
    const names = existing.map((f) => path.basename(f)).join('、');
    return { ok: false, message: `${ctx.out}: 已有同名文章 ${names}；确认要覆盖请加 --force` };
  }
  fs.mkdirSync(ctx.out, { recursive: true });
  drafts.forEach((d, i) => fs.writeFileSync(files[i], draftMarkdown(d, ctx), 'utf8'));
  return { ok: true, files };
}
