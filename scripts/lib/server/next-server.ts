import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { watchPeak } from './proc-tree';

/**
 * Builds and starts the real Next.js server (`next build` + `next start`) for tests and
 * benchmarks. The server is started with node directly so that its PID is the server's own
 * and stopping it leaves nothing behind.
 */
export type ServerOptions = {
  cwd?: string;
  distDir: string;
  contentDir?: string;
  env?: Record<string, string>;
};

// Absolute, so an app in a subfolder (opts.cwd) runs the repository's Next.js.
/** Next as the app in `cwd` resolves it: a checkout with its own node_modules must not mix two copies of React. */
const nextBin = (cwd: string) => createRequire(path.join(path.resolve(cwd), 'package.json')).resolve('next/dist/bin/next');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function envFor(opts: ServerOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: opts.distDir,
    ...(opts.contentDir ? { CONTENT_DIR: opts.contentDir } : {}),
    ...opts.env,
  };
}

export function isBuilt(opts: ServerOptions): boolean {
  return fs.existsSync(path.join(opts.cwd ?? process.cwd(), opts.distDir, 'BUILD_ID'));
}

/** Runs `next build`; throws with the build's output when it fails. */
export function build(opts: ServerOptions): { ms: number; output: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [nextBin(opts.cwd ?? process.cwd()), 'build'], {
    cwd: opts.cwd ?? process.cwd(),
    env: envFor(opts),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status}):\n${output.slice(-4000)}`);
  return { ms: performance.now() - started, output };
}

/** Runs a command to completion, sampling the peak resident memory of its process tree. */
export function runMeasured(args: string[], opts: ServerOptions): Promise<{ ms: number; peakRss: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: opts.cwd ?? process.cwd(), env: envFor(opts) });
    const peak = watchPeak(child.pid ?? -1);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const peakRss = peak.stop();
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ ms: performance.now() - started, peakRss, output });
    });
  });
}

/**
 * `next build` rewrites tsconfig.json and next-env.d.ts to point at the distDir it builds into; a
 * benchmark build must not leave the developer's files pointing at its own folder. (The tests'
 * distDirs are listed in tsconfig.json already, so their builds change nothing.)
 */
const NEXT_REWRITES = ['tsconfig.json', 'next-env.d.ts'];

/** Runs `fn`, then puts `files` in `dir` back as they were (removing any it created), also when `fn` fails. */
export async function keepingFiles<T>(dir: string, files: readonly string[], fn: () => Promise<T>): Promise<T> {
  const saved = files.map((f) => path.join(dir, f)).map((f) => [f, fs.existsSync(f) ? fs.readFileSync(f) : null] as const);
  try {
    return await fn();
  } finally {
    for (const [file, body] of saved) {
      if (body === null) fs.rmSync(file, { force: true });
      else if (!fs.readFileSync(file).equals(body)) fs.writeFileSync(file, body);
    }
  }
}

/** `next build` with its time and peak memory, leaving tsconfig.json and next-env.d.ts as they were. */
export function buildMeasured(opts: ServerOptions) {
  const dir = opts.cwd ?? process.cwd();
  return keepingFiles(dir, NEXT_REWRITES, () => runMeasured([nextBin(dir), 'build'], opts));
}

export type RunningServer = {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** What the server printed so far, for failure reports. */
  log: () => string;
  stop: () => Promise<void>;
};

/**
 * The node flags of the app's `npm run serve` (`node [flags] server.mjs`), so tests and benchmarks
 * run the server exactly as production does; none when there is no such script.
 */
function serveFlags(cwd: string): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const serve = pkg.scripts?.serve;
  if (serve === undefined) return [];
  const words = serve.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'server.mjs') {
    throw new Error(`package.json scripts.serve: expected "node [flags] server.mjs", got "${serve}"`);
  }
  return words.slice(1, -1);
}

/** The project's production entry (server.mjs: `next start` behind a request guard), else plain `next start`. */
function serverCommand(cwd: string, port: number): string[] {
  const listen = ['-p', String(port), '-H', '127.0.0.1'];
  if (!fs.existsSync(path.join(cwd, 'server.mjs'))) return [nextBin(cwd), 'start', ...listen];
  return [...serveFlags(cwd), 'server.mjs', ...listen];
}

/** Starts the production server on a free loopback port and waits until it answers. */
export async function start(opts: ServerOptions, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, serverCommand(opts.cwd ?? process.cwd(), port), {
    cwd: opts.cwd ?? process.cwd(),
    env: envFor(opts),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/robots.txt`);
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`next start did not answer within ${timeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000).unref();
    });
  return { url, port, pid: child.pid ?? -1, child, log: () => log, stop };
}
