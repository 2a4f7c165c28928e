import { readSetting, type NumberSetting } from '../domain/settings';
import { readNumber } from '../format/number';
import { usageError } from './errors';

/**
 * How a command's flag is read: a text, a whole count, a present/absent switch, or one of the app's
 * settings, checked against the same table (and refused with the same message) as a link or a field.
 */
export type FlagSpec = (
  { kind: 'string' | 'count' | 'boolean' } | { kind: 'setting'; setting: NumberSetting }
) & { required?: boolean };

export type FlagValues = Record<string, string | number | boolean | undefined>;

function readValue(flag: string, spec: FlagSpec, raw: string): number | string {
  if (spec.kind === 'setting') {
    const r = readSetting(spec.setting, raw);
    if (!r.ok) throw usageError(`--${flag}: ${r.message}`);
    return r.value;
  }
  if (spec.kind === 'string') return raw;
  const r = readNumber(raw);
  if (!r.ok || !Number.isInteger(r.value) || r.value < 0)
    throw usageError(`--${flag} must be a whole number 0 or more, found '${raw}'`);
  return r.value;
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
      if (next === undefined || (next.startsWith('--') && !readNumber(next).ok))
        throw usageError(`--${name} needs a value`);
      raw = next;
      i++;
    }
    out[name] = readValue(name, flag, raw);
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
