import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder with its size, to show that a phase wrote nothing there. */
export type DirStats = { files: Map<string, number>; count: number; bytes: number };

export function dirStats(root: string): DirStats {
  const files = new Map<string, number>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop() as string;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.set(path.relative(root, full), fs.statSync(full).size);
    }
  }
  let bytes = 0;
  for (const size of files.values()) bytes += size;
  return { files, count: files.size, bytes };
}

/** What appeared after `before`: new files (by path) and the change in count and bytes. */
export function growth(before: DirStats, after: DirStats) {
  const added = [...after.files.keys()].filter((f) => !before.files.has(f));
  return { files: after.count - before.count, bytes: after.bytes - before.bytes, added };
}
