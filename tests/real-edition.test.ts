import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST, addRealEdition } from '../scripts/lib/synthetic/real-edition';

let root: string;
let from: string;
let to: string;
const write = (dir: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
const mdFiles = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'real-edition-'));
  from = path.join(root, 'content');
  to = path.join(root, 'archive');
  write(from, '2023/12/28/a.md', 'A');
  write(from, 'series/s.md', 'S');
  write(to, '2020/01/01/syn-1.md', 'synthetic');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('addRealEdition', () => {
  it('copies the real files beside the synthetic ones and lists them', () => {
    expect(addRealEdition({ from, to })).toEqual(['2023/12/28/a.md', 'series/s.md']);
    expect(mdFiles(to)).toEqual(['2020/01/01/syn-1.md', '2023/12/28/a.md', 'series/s.md']);
    expect(JSON.parse(fs.readFileSync(path.join(to, MANIFEST), 'utf8'))).toEqual(['2023/12/28/a.md', 'series/s.md']);
  });

  it('takes edits and removes the copy of an article renamed since the last run, and nothing else', () => {
    addRealEdition({ from, to });
    fs.renameSync(path.join(from, '2023/12/28/a.md'), path.join(from, '2023/12/28/b.md'));
    fs.writeFileSync(path.join(from, 'series/s.md'), 'S2');
    addRealEdition({ from, to });
    expect(mdFiles(to)).toEqual(['2020/01/01/syn-1.md', '2023/12/28/b.md', 'series/s.md']);
    expect(fs.readFileSync(path.join(to, 'series/s.md'), 'utf8')).toBe('S2');
  });

  it('never removes outside the archive, whatever a damaged manifest names', () => {
    write(root, 'outside.md', 'keep');
    fs.mkdirSync(to, { recursive: true });
    fs.writeFileSync(path.join(to, MANIFEST), JSON.stringify(['../outside.md']));
    addRealEdition({ from, to });
    expect(fs.existsSync(path.join(root, 'outside.md'))).toBe(true);
  });

  it('names the manifest when it is not a list of names', () => {
    fs.writeFileSync(path.join(to, MANIFEST), '{"files": 1}');
    expect(() => addRealEdition({ from, to })).toThrow(`${path.join(to, MANIFEST)}: expected a JSON list of file names`);
  });
});
