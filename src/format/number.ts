/**
 * The one reader of numbers that people write: in links, typed into fields, in CSV files and on the command
 * line. Imports nothing, so the data loaders, the URL code, the controls and the CLI can all share it.
 */

/** A number read from text, or why the text is not one (a sentence fragment about the text). */
export type NumberRead = { ok: true; value: number } | { ok: false; message: string };

/**
 * A plain decimal: optional sign, digits with an optional point (".5" and "5." too), optional exponent.
 * Number() alone would also take '' and ' ' (as 0), '0x5', '0b1', 'Infinity' and, in newer engines, '1_000':
 * none of them is what a person writing a learning rate or a CSV cell meant.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The minus sign the app itself prints (U+2212): a number copied from the screen reads back. */
const MINUS = '\u2212';

const MAX_SHOWN = 40;
/** The text as a message quotes it: shortened, never interpreted. */
export const quoted = (text: string): string =>
  `'${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}'`;

/** Reads text that must be exactly one finite decimal number; surrounding spaces are the caller's choice. */
export function readNumber(text: string): NumberRead {
  const t = text.startsWith(MINUS) ? `-${text.slice(1)}` : text;
  if (t === '') return { ok: false, message: 'no number was given' };
  if (!DECIMAL.test(t)) return { ok: false, message: `${quoted(text)} is not a number` };
  const value = Number(t);
  // Only an exponent can overflow a double ('1e999'); underflow ('1e-999') reads as 0, the nearest double.
  if (!Number.isFinite(value)) return { ok: false, message: `${quoted(text)} is too large` };
  return { ok: true, value };
}

/**
 * A number as short as it can be while reading back exactly (readNumber(writeNumber(x)) === x): small
 * magnitudes in exponent form (1e-5 rather than 0.00001), everything else as JavaScript's shortest form.
 */
export function writeNumber(v: number): string {
  if (Object.is(v, -0)) return '-0';
  // toExponential() without digits, like String(), writes the fewest digits that identify the double.
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential();
  return String(v);
}
