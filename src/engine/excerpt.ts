// How messages quote what a person typed or a file held: short, and saying where. In the engine (the lowest
// layer) so that the engine, the data, the settings, links and imports all quote alike from one place.
/**
 * How a message quotes what the user gave: a short excerpt, never the whole of it. A bad file can hold a
 * 400,000-character cell or name; a message repeating it is unreadable and slow to show. Imports nothing.
 */

/** The longest stretch of the input a message repeats. */
export const MAX_EXCERPT = 40;

/** The text cut to MAX_EXCERPT characters, "…" marking the cut. */
export function excerpt(text: string, max = MAX_EXCERPT): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The text in single quotes, cut short: how messages quote a cell, a name or a parameter. */
export const quoted = (text: string): string => `'${excerpt(text)}'`;

/**
 * A parsed JSON value as a message shows it, short: numbers by their own name (NaN and ±Infinity included;
 * JSON would say null), strings quoted and cut, arrays and objects by kind and size rather than spelled out
 * (spelling out a deeply nested value could overflow the stack, and is never short).
 */
export function shownValue(x: unknown): string {
  if (x === undefined) return 'missing';
  if (typeof x === 'number' || typeof x === 'boolean' || x === null) return String(x);
  if (typeof x === 'string') return `"${excerpt(x)}"`;
  if (Array.isArray(x)) return `an array of ${x.length} item${x.length === 1 ? '' : 's'}`;
  if (typeof x === 'object') return 'an object';
  return typeof x;
}

/** Line and column (from 1) of a character offset, as an editor counts them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/**
 * JSON.parse's complaint made short and placed: "at position 105" becomes "at line 3, column 7", and any
 * quoted stretch of the input is cut to MAX_EXCERPT characters (engines differ in how much they quote).
 */
export function jsonProblem(text: string, message: string): string {
  const at = /at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  let out = message;
  if (at) {
    const { line, column } = lineColumn(text, Number(at[1]));
    out = message.replace(at[0], `at line ${line}, column ${column}`);
  }
  return excerpt(out, 160);
}
