import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTfjsModel } from '../../src/io/tfjs';
import { tfjsModel } from '../io/tfjsFixture';
import { expectClearMessage, hugeText, rawJsonValue, SEED } from './hostile';

const model = tfjsModel(2, [
  { units: 3, activation: 'tanh' },
  { units: 1, activation: 'sigmoid' },
]);
const good = model.json as unknown as Record<string, unknown>;

function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object')
    return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}
const PATHS = paths(good).filter((p) => p.length > 0);

function spliced(path: (string | number)[], raw: string): string {
  const copy = JSON.parse(JSON.stringify(good)) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]] = '@@value@@';
  return JSON.stringify(copy).replace('"@@value@@"', raw);
}

/** Broken weight files: missing, cut short, one byte too many, or NaN where a weight goes. */
const binFiles = fc.constantFrom(
  model.files,
  new Map<string, ArrayBuffer>(),
  new Map([['group1-shard1of1.bin', model.bin.slice(0, 8)]]),
  new Map([['group1-shard1of1.bin', new Uint8Array([...new Uint8Array(model.bin), 0]).buffer]]),
  new Map([['group1-shard1of1.bin', new Float32Array(model.bin.byteLength / 4).fill(NaN).buffer]]),
);

const WHERE = /layer|weight|model\.json|modelTopology|Dense|kernel|bias|\.bin|line \d+, column \d+/;

describe('broken TensorFlow.js models', () => {
  it('60 seeded broken models are each refused or read with a short message saying where; nothing throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), rawJsonValue, binFiles, (path, raw, files) => {
        const r = parseTfjsModel(spliced(path, raw), files);
        if (!r.ok) expectClearMessage(r.error, WHERE);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('a 400,000-character activation or layer class is quoted short', () => {
    for (const key of ['activation', 'class_name'] as const) {
      const path =
        key === 'class_name'
          ? ['modelTopology', 'config', 'layers', 0, 'class_name']
          : ['modelTopology', 'config', 'layers', 0, 'config', key];
      const r = parseTfjsModel(spliced(path, JSON.stringify(hugeText)), model.files);
      expect(r.ok).toBe(false);
      if (!r.ok) expectClearMessage(r.error, WHERE);
    }
  });
});
