import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepingFiles } from '../scripts/lib/server/next-server';

describe('keepingFiles', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const setUp = () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keeping-'));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{"include":[]}\n');
    return (name: string) => path.join(dir, name);
  };

  it('puts back a file the build rewrote and removes one it created, returning what it returned', async () => {
    const file = setUp();
    const out = await keepingFiles(dir, ['tsconfig.json', 'next-env.d.ts'], async () => {
      fs.writeFileSync(file('tsconfig.json'), '{"include":[".next-bench/types/**/*.ts"]}\n');
      fs.writeFileSync(file('next-env.d.ts'), '/// <reference types="next" />\n');
      return 42;
    });
    expect(out).toBe(42);
    expect(fs.readFileSync(file('tsconfig.json'), 'utf8')).toBe('{"include":[]}\n');
    expect(fs.existsSync(file('next-env.d.ts'))).toBe(false);
  });

  it('puts them back when the build fails too, and passes the failure on', async () => {
    const file = setUp();
    const failing = keepingFiles(dir, ['tsconfig.json'], async () => {
      fs.writeFileSync(file('tsconfig.json'), 'changed');
      throw new Error('next build failed');
    });
    await expect(failing).rejects.toThrow('next build failed');
    expect(fs.readFileSync(file('tsconfig.json'), 'utf8')).toBe('{"include":[]}\n');
  });
});
