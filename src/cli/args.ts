import { usageError } from './errors';

/** How a command's flag is read: a text, a number, a whole number, or present/absent. */
export type FlagKind = 'string' | 'number' | 'count' | 'boolean';

export interface FlagSpec {
  kind: FlagKind;
  required?: boolean;
}

export type FlagValues = Record<string, string | number | boolean | undefined>;

// Number('') and Number(' ') are 0 and Number('0x10') is 16: neither is what a person meant.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function readValue(flag: string, kind: FlagKind, raw: string): number | string {
  if (kind === 'string') return raw;
  const v = Number(raw);
  if (!NUMBER.test(raw.trim()) || !Number.isFinite(v))
    throw usageError(`--${flag} must be a number, found '${raw}'`);
  if (kind === 'count' && (!Number.isInteger(v) || v < 0)) {
    throw usageError(`--${flag} must be a whole number 0 or more, found '${raw}'`);
  }
  return v;
}

/**
 * Reads `--name value`, `--name=value` and bare `--name` switches against a command's table of flags.
 * Unknown flags, stray words, missing values and missing required flags are errors, not silently ignored:
 * a mistyped --l2 that trains without regularisation would mislead more than it helps.
 */
export function parseFlags(
  command: string,
  argv: readonly string[],
  spec: Record<string, FlagSpec>,
): FlagValues {
  const out: FlagValues = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--'))
      throw usageError(`unexpected '${word}' for '${command}'; flags start with --`);
    const eq = word.indexOf('=');
    const name = word.slice(2, eq < 0 ? undefined : eq);
    const flag = spec[name];
    if (!flag) throw usageError(`unknown flag '--${name}' for '${command}'`);
    if (flag.kind === 'boolean') {
      if (eq >= 0) throw usageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    let raw: string;
    if (eq >= 0) raw = word.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && !NUMBER.test(next)))
        throw usageError(`--${name} needs a value`);
      raw = next;
      i++;
    }
    out[name] = readValue(name, flag.kind, raw);
  }
  for (const [name, flag] of Object.entries(spec)) {
    if (flag.required && out[name] === undefined) throw usageError(`'${command}' needs --${name}`);
  }
  return out;
}

/** The value of a flag the spec guarantees (required, or given a default by the caller). */
export const str = (v: FlagValues, name: string): string => String(v[name]);
export const num = (v: FlagValues, name: string, fallback?: number): number =>
  v[name] === undefined ? (fallback as number) : (v[name] as number);
