import { escapeControl } from '../../../lib/content/control';

/** Minimal argv parsing for our CLIs: positionals plus `--name value` / `--flag` options. */
export type ParsedArgs = { positionals: string[]; options: Map<string, string | true> };

export function parseArgs(argv: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) options.set(name, inline);
    else if (flags.includes(name)) options.set(name, true);
    else if (i + 1 < argv.length) options.set(name, argv[++i]);
    else throw new UsageError(`选项 --${name} 缺少取值`);
  }
  return { positionals, options };
}

export class UsageError extends Error {}

/**
 * Reads a command line; a mistake in it prints its message alone and exits with status 2. The
 * message quotes what was typed, so control characters in it are shown, not sent to the terminal.
 */
export function exitOnUsageError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(escapeControl(error.message));
    process.exit(2);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`选项 --${name} 缺少取值`);
  return v;
}

/** An option the command does not know is an error, not silently ignored (a typo would be). */
export function rejectUnknownOptions(args: ParsedArgs, known: readonly string[]): void {
  const unknown = [...args.options.keys()].find((name) => !known.includes(name));
  if (unknown === undefined) return;
  throw new UsageError(`未知选项 --${unknown}；可用选项：${known.map((k) => `--${k}`).join('、')}`);
}

/** A whole number in [min, max], or undefined when the option is absent. */
export function intOption(args: ParsedArgs, name: string, range: { min: number; max: number }): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  const n = /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  if (n >= range.min && n <= range.max) return n;
  throw new UsageError(`--${name}: 应为 ${range.min} 到 ${range.max} 之间的整数，收到 "${v}"`);
}
