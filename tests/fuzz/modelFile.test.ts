import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMlp, createRng, serializeModel, parseModel, type Mlp } from '../../src/engine';
import { generate2d } from '../../src/datasets';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { importPlan } from '../../src/io/importPlan';
import { expectClearMessage, rawJsonValue, SEED } from './hostile';

const net = createMlp(
  {
    inputs: 2,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    init: { kind: 'xavier_uniform' },
  },
  createRng(1),
);
const good = JSON.parse(serializeModel(net)) as Record<string, unknown>;
const data = generate2d('circle', { n: 40, noise: 0, trainRatio: 0.5, seed: 1 });

/** Every place a value sits in a model file, as a path from the top. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object')
    return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}
const PATHS = paths(good).filter((p) => p.length > 0);
const MARK = '"@@value@@"';

/** The good file with the value at one path replaced by raw JSON text. */
function spliced(path: (string | number)[], raw: string): string {
  const copy = JSON.parse(JSON.stringify(good)) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]] = '@@value@@';
  return JSON.stringify(copy).replace(MARK, raw);
}

const text = good && JSON.stringify(good);
/** Whole-file damage: cut short, a character changed, something inserted. */
const damaged = fc.oneof(
  fc.nat({ max: text.length - 1 }).map((n) => text.slice(0, n)),
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
    .map(([i, s]) => text.slice(0, i) + s + text.slice(i + 1)),
  fc.tuple(fc.nat({ max: text.length }), rawJsonValue).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
);
const malformed = fc.oneof(
  fc.tuple(fc.constantFrom(...PATHS), rawJsonValue).map(([p, raw]) => spliced(p, raw)),
  damaged,
);

/** A message names a field of the file, a place in its text, or what does not fit this data set. */
const WHERE =
  /layers\[\d+\]|"format"|"version"|"inputs"|"layers"|line \d+, column \d+|JSON|the file|the model/;

function check(file: string, base: Mlp): void {
  const r = parseModel(file);
  if (!r.ok) return expectClearMessage(r.error, WHERE);
  const plan = importPlan(r.value, data, DEFAULT_CONFIG);
  if (!plan.ok) expectClearMessage(plan.error, WHERE);
  // Reading a file never touches the network on screen.
  expect(serializeModel(base)).toBe(text);
}

describe('malformed model files', () => {
  it('250 seeded malformed files are each refused or read with a short message saying where; nothing throws', () => {
    fc.assert(
      fc.property(malformed, (file) => check(file, net)),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('a 400,000-character activation name is quoted as a short excerpt', () => {
    const r = parseModel(spliced(['layers', 0, 'activation'], JSON.stringify('q'.repeat(400_000))));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^layers\[0\]\.activation 'q{40}…' is not one of/);
      expectClearMessage(r.error, WHERE);
    }
  });

  it('a deeply nested weight is described by kind, not spelled out', () => {
    const r = parseModel(
      spliced(['layers', 0, 'weights', 0, 1], `${'['.repeat(50_000)}${']'.repeat(50_000)}`),
    );
    expect(r).toEqual({
      ok: false,
      error: 'layers[0].weights[0][1] is an array of 1 item, expected a finite number',
    });
  });

  it('a JSON syntax error is placed by line and column', () => {
    const r = parseModel('{\n  "format": "weightscope-model",\n  "version": 1 x\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/line 3, column 16/);
  });
});
