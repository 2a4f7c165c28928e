import fc from 'fast-check';

/**
 * Pieces of hostile input shared by the fuzz suites: the values that made messages repeat up to 400,000
 * characters of a bad file (a huge number or text, a deeply nested value) beside fast-check's own.
 */
export const HUGE = 400_000;
export const hugeText = 'x'.repeat(HUGE);
/** A valid decimal 400,000 digits long: reads as a number, so only the range check can refuse it. */
export const hugeNumber = '9'.repeat(HUGE);
export const hugeFraction = `0.${'0'.repeat(HUGE)}1`;
export const deepArray = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
export const markup = '<img src=x onerror="window.__pwned=1">';

/** Raw JSON text to splice into a file where a value goes. */
export const rawJsonValue = fc.oneof(
  fc.constantFrom(
    JSON.stringify(hugeText),
    hugeNumber,
    `-${hugeNumber}`,
    hugeFraction,
    deepArray,
    `{"a":${deepArray}}`,
    JSON.stringify(markup),
    '1e999',
    'null',
    '[]',
    '{}',
    '"tanh"',
  ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
);

/** The longest message any import or link may show; far below one screen line per quoted field. */
export const MAX_MESSAGE = 300;

/** A message a person can act on: present, short, and not carrying the input's markup as text to render. */
export function expectClearMessage(message: unknown, where: RegExp): void {
  if (typeof message !== 'string' || message.trim() === '') throw new Error(`no message: ${String(message)}`);
  if (message.length > MAX_MESSAGE)
    throw new Error(`message of ${message.length} characters: ${message.slice(0, 120)}…`);
  if (!where.test(message)) throw new Error(`message does not say where (${where}): ${message}`);
}

/** Every fuzz suite replays the same cases: a failure found once is found again. */
export const SEED = 13;
