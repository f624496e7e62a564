import { spawn } from 'node:child_process';

/**
 * Runs a Node.js script in a fresh process and returns what it printed, so that a load generator
 * or a browser driver never shares a heap (or a collector) with the benchmark itself.
 */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`exit ${code}: ${err.slice(-2000)}`));
    });
  });
}
