/**
 * Whether an address's '#' part is a TensorFlow Playground setup: small, on the first screen, so that the
 * reader of such links (playground.ts) is fetched only by a page that opens with one.
 */

/**
 * Every key of Playground's state that its address carries (its `State` properties). The last five change
 * what its page shows, not the experiment: they are read and left alone.
 */
export const PLAYGROUND_KEYS: readonly string[] = [
  'activation',
  'regularization',
  'regularizationRate',
  'learningRate',
  'batchSize',
  'noise',
  'percTrainData',
  'networkShape',
  'problem',
  'dataset',
  'regDataset',
  'initZero',
  'x',
  'y',
  'xTimesY',
  'xSquared',
  'ySquared',
  'cosX',
  'sinX',
  'cosY',
  'sinY',
  'seed',
  'showTestData',
  'discretize',
  'collectStats',
  'hideText',
  'tutorial',
];
const KNOWN = new Set(PLAYGROUND_KEYS);

/** Reads the '#' part the way Playground does: `&`-separated `key=value`; the first of a repeated key counts. */
export function parseHash(hash: string): Map<string, string> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const map = new Map<string, string>();
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(part.slice(0, at));
      value = decodeURIComponent(part.slice(at + 1));
    } catch {
      continue;
    }
    if (!map.has(key)) map.set(key, value);
  }
  return map;
}

/** True when an address's '#' part is a TensorFlow Playground setup (it names at least two of its settings). */
export function isPlaygroundLink(hash: string): boolean {
  let known = 0;
  for (const k of parseHash(hash).keys()) if (KNOWN.has(k) || k.endsWith('_hide')) known++;
  return known >= 2;
}
