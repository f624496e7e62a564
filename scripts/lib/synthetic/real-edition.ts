import fs from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../../../lib/content/load';

/** The list of real-edition files an archive holds, from the run that copied them. Hidden: never read as content. */
export const MANIFEST = '.real-edition.json';

function previousCopies(manifest: string): string[] {
  if (!fs.existsSync(manifest)) return [];
  try {
    const files: unknown = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (Array.isArray(files) && files.every((f) => typeof f === 'string')) return files;
  } catch {
    // reported below
  }
  throw new Error(`${manifest}: expected a JSON list of file names; delete the archive folder to start again`);
}

/**
 * Copies the real edition's content files (`from`) into a synthetic archive (`to`), again on every
 * run because they may have changed, and removes the copies of files `from` no longer has (an
 * article renamed or deleted since), so the archive never holds an article twice. Returns the
 * files copied.
 */
export function addRealEdition({ from, to }: { from: string; to: string }): string[] {
  const { files } = listContentFiles(from);
  const manifest = path.join(to, MANIFEST);
  const current = new Set(files);
  for (const stale of previousCopies(manifest)) {
    // Only names under `to`: the manifest is ours, but a damaged one must not reach elsewhere.
    const target = path.resolve(to, stale);
    if (!current.has(stale) && target.startsWith(path.resolve(to) + path.sep)) fs.rmSync(target, { force: true });
  }
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
  fs.writeFileSync(manifest, JSON.stringify(files));
  return files;
}
