/** The shared model file: what goes out comes back bit for bit, and a bad file is refused with a clear reason. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  HIDDEN_ACTIVATIONS,
  createMlp,
  createRng,
  modelFromJson,
  parseModelFile,
  parseModel,
  serializeModel,
  toModelFile,
  type Activation,
} from '../../src/engine';
import { bitIdentical } from './reference';

const HIDDEN = HIDDEN_ACTIVATIONS.join(', ');
const OUTPUT = ACTIVATIONS.join(', ');

/** A valid file object: inputs → hidden widths (tanh) → one sigmoid unit; weight (i, j) of layer l is l + i/10 + j/100. */
function file(inputs = 3, widths = [2]): Record<string, unknown> {
  let fan = inputs;
  const units = [...widths, 1];
  const layers = units.map((u, l) => {
    const layer = {
      units: u,
      activation: l === units.length - 1 ? 'sigmoid' : 'tanh',
      weights: Array.from({ length: u }, (_, i) =>
        Array.from({ length: fan }, (_, j) => l + i / 10 + j / 100),
      ),
      biases: Array.from({ length: u }, (_, i) => -i / 10),
    };
    fan = u;
    return layer;
  });
  return { format: 'weightscope-model', version: 1, inputs, layers };
}

/** file() with one change applied to a deep copy. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases corrupt the file in every possible way
function withChange(change: (f: Record<string, any>) => void, base = file()): unknown {
  const f = structuredClone(base);
  change(f);
  return f;
}

/** A finite double that JSON can carry exactly (−0 is written as 0, so it is left out). */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0));

describe('export → import', () => {
  it('gives back the identical network: shape, activations, useBias and bit-identical weights and biases', () => {
    const shape = fc.record({
      inputs: fc.integer({ min: 1, max: 5 }),
      layers: fc.array(
        fc.record({
          units: fc.integer({ min: 1, max: 5 }),
          activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
        }),
        {
          maxLength: 3,
        },
      ),
      out: fc.record({ units: fc.integer({ min: 1, max: 4 }), activation: fc.constantFrom(...ACTIVATIONS) }),
      useBias: fc.boolean(),
      values: fc.array(finite, { minLength: 1, maxLength: 20 }),
    });
    fc.assert(
      fc.property(shape, ({ inputs, layers, out, useBias, values }) => {
        const spec = {
          inputs,
          layers: [...layers, out] as { units: number; activation: Activation }[],
          init: { kind: 'zeros' as const },
          useBias,
        };
        const m = createMlp(spec, createRng(0));
        // Fill with the drawn values, cycling: extremes such as 5e-324 and 1.7e308 must survive the text.
        let k = 0;
        for (const l of m.layers) {
          l.weights.forEach((_, i) => (l.weights[i] = values[k++ % values.length]));
          if (useBias) l.biases.forEach((_, i) => (l.biases[i] = values[k++ % values.length]));
        }
        const r = parseModel(serializeModel(m));
        if (!r.ok) throw new Error(r.error);
        expect(r.value.inputs).toBe(m.inputs);
        expect(r.value.layers.length).toBe(m.layers.length);
        r.value.layers.forEach((l, i) => {
          const o = m.layers[i];
          expect([l.inputs, l.units, l.activation, l.useBias]).toEqual([
            o.inputs,
            o.units,
            o.activation,
            o.useBias,
          ]);
          expect(bitIdentical(l.weights, o.weights)).toBe(true);
          expect(bitIdentical(l.biases, o.biases)).toBe(true);
        });
      }),
      { seed: 1234, numRuns: 100 },
    );
  });

  it('carries silu, gelu and sine layers (and a sine output) by name', () => {
    const spec = {
      inputs: 2,
      layers: [
        { units: 3, activation: 'silu' as const },
        { units: 3, activation: 'gelu' as const },
        { units: 2, activation: 'sine' as const },
        { units: 1, activation: 'sine' as const },
      ],
      init: { kind: 'xavier_uniform' as const },
      useBias: true,
    };
    const m = createMlp(spec, createRng(3));
    const text = serializeModel(m);
    expect(text).toContain('"activation":"gelu"');
    const r = parseModel(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.layers.map((l) => l.activation)).toEqual(['silu', 'gelu', 'sine', 'sine']);
    r.value.layers.forEach((l, i) => expect(bitIdentical(l.weights, m.layers[i].weights)).toBe(true));
  });

  it('writes weights[i][j] as the weight from input j into unit i', () => {
    const m = createMlp(
      { inputs: 3, layers: [{ units: 2, activation: 'linear' }], init: { kind: 'zeros' } },
      createRng(0),
    );
    m.layers[0].weights.set([1, 2, 3, 4, 5, 6]);
    expect(toModelFile(m).layers[0].weights).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(modelFromJson(toModelFile(m)).ok).toBe(true);
  });
});

describe('a bad file is refused with its exact message and no network', () => {
  const cases: [string, unknown, string][] = [
    ['an array', [], 'the file is not a JSON object'],
    ['null', null, 'the file is not a JSON object'],
    ['a number', 5, 'the file is not a JSON object'],
    [
      'the wrong format',
      withChange((f) => (f.format = 'keras')),
      '"format" must be "weightscope-model", found "keras"',
    ],
    ['no format', withChange((f) => delete f.format), '"format" must be "weightscope-model", found nothing'],
    ['another version', withChange((f) => (f.version = 2)), '"version" must be 1, found 2'],
    ['a version as text', withChange((f) => (f.version = '1')), '"version" must be 1, found "1"'],
    ['zero inputs', withChange((f) => (f.inputs = 0)), '"inputs" must be a whole number from 1 to 4096'],
    [
      'fractional inputs',
      withChange((f) => (f.inputs = 2.5)),
      '"inputs" must be a whole number from 1 to 4096',
    ],
    [
      'too many inputs',
      withChange((f) => (f.inputs = 4097)),
      '"inputs" must be a whole number from 1 to 4096',
    ],
    ['layers not an array', withChange((f) => (f.layers = {})), '"layers" must be an array'],
    [
      'empty layers',
      withChange((f) => (f.layers = [])),
      '"layers" is empty: a network needs at least an output layer',
    ],
    ['a layer that is not an object', withChange((f) => (f.layers[1] = 7)), 'layers[1] is not an object'],
    [
      'zero units',
      withChange((f) => (f.layers[0].units = 0)),
      'layers[0].units must be a whole number from 1 to 4096',
    ],
    [
      'units as text',
      withChange((f) => (f.layers[1].units = '1')),
      'layers[1].units must be a whole number from 1 to 4096',
    ],
    [
      'an unknown hidden activation',
      withChange((f) => (f.layers[0].activation = 'relu6')),
      `layers[0].activation 'relu6' is not one of ${HIDDEN}`,
    ],
    [
      'a hidden softmax',
      withChange((f) => (f.layers[0].activation = 'softmax')),
      `layers[0].activation 'softmax' is not one of ${HIDDEN}`,
    ],
    [
      'an unknown output activation',
      withChange((f) => (f.layers[1].activation = 'swish')),
      `layers[1].activation 'swish' is not one of ${OUTPUT}`,
    ],
    [
      'a missing activation',
      withChange((f) => delete f.layers[1].activation),
      `layers[1].activation is missing: one of ${OUTPUT}`,
    ],
    [
      'weights not an array',
      withChange((f) => (f.layers[0].weights = 'w')),
      'layers[0].weights must be an array of 2 rows',
    ],
    [
      'one row too few',
      withChange((f) => f.layers[0].weights.pop()),
      'layers[0].weights has 1 rows, expected 2 (one per unit)',
    ],
    [
      'a row that is not an array',
      withChange((f) => (f.layers[0].weights[1] = 3)),
      'layers[0].weights[1] must be an array of 3 numbers',
    ],
    [
      'a row too long',
      withChange((f) => f.layers[0].weights[1].push(0)),
      'layers[0].weights[1] has 4 numbers, expected 3',
    ],
    [
      'a number as text',
      withChange((f) => (f.layers[0].weights[1][2] = '0.5')),
      'layers[0].weights[1][2] is "0.5", expected a finite number',
    ],
    [
      'a null weight',
      withChange((f) => (f.layers[1].weights[0][0] = null)),
      'layers[1].weights[0][0] is null, expected a finite number',
    ],
    [
      'a missing weight',
      withChange((f) => (f.layers[1].weights[0][0] = undefined)),
      'layers[1].weights[0][0] is missing, expected a finite number',
    ],
    [
      'biases not an array',
      withChange((f) => (f.layers[0].biases = 0)),
      'layers[0].biases must be an array of 2 numbers',
    ],
    [
      'one bias too many',
      withChange((f) => f.layers[1].biases.push(0)),
      'layers[1].biases has 2 numbers, expected 1',
    ],
    [
      'a bias as a boolean',
      withChange((f) => (f.layers[0].biases[1] = true)),
      'layers[0].biases[1] is true, expected a finite number',
    ],
    [
      'useBias as text',
      withChange((f) => (f.layers[0].useBias = 'no')),
      'layers[0].useBias must be true or false',
    ],
    [
      'useBias false with biases',
      withChange((f) => (f.layers[0].useBias = false)),
      'layers[0] has "useBias": false but non-zero biases',
    ],
  ];

  it.each(cases)('%s', (_name, value, error) => {
    expect(modelFromJson(value)).toEqual({ ok: false, error });
  });

  it('names the row that has the wrong length: layers[1].weights[3] has 5 numbers, expected 8', () => {
    const g = withChange((x) => (x.layers[1].weights[3] = [1, 2, 3, 4, 5]), file(2, [8, 4]));
    expect(modelFromJson(g)).toEqual({ ok: false, error: 'layers[1].weights[3] has 5 numbers, expected 8' });
  });

  it('shows NaN and Infinity by name, not as null (bug: JSON.stringify printed them as null)', () => {
    expect(modelFromJson(withChange((f) => (f.layers[0].weights[0][1] = NaN)))).toEqual({
      ok: false,
      error: 'layers[0].weights[0][1] is NaN, expected a finite number',
    });
    expect(modelFromJson(withChange((f) => (f.layers[1].biases[0] = -Infinity)))).toEqual({
      ok: false,
      error: 'layers[1].biases[0] is -Infinity, expected a finite number',
    });
  });

  it('text that is not JSON is refused with the parser’s own reason, placed by line and column', () => {
    const text = '{"format": "weightscope-model",';
    let reason = '';
    try {
      JSON.parse(text);
    } catch (e) {
      reason = (e as Error).message;
    }
    // The parser says "at position 31": the message says where that is for a person (line 1, column 32).
    const placed = reason.replace(/at position 31(?: \(line \d+ column \d+\))?/, 'at line 1, column 32');
    expect(placed).not.toBe(reason);
    expect(parseModel(text)).toEqual({ ok: false, error: `the file is not valid JSON (${placed})` });
  });

  it('a file that fails in its last layer returns no partial network', () => {
    const r = parseModel(
      JSON.stringify(withChange((f) => (f.layers[3].biases = [1, 2]), file(3, [4, 4, 4]))),
    );
    expect(r).toEqual({ ok: false, error: 'layers[3].biases has 2 numbers, expected 1' });
    expect('value' in r).toBe(false);
  });
});

describe('input features in a model file', () => {
  const net = () =>
    createMlp(
      {
        inputs: 3,
        layers: [
          { units: 2, activation: 'tanh' },
          { units: 1, activation: 'tanh' },
        ],
        init: { kind: 'xavier_uniform' },
        useBias: true,
      },
      createRng(4),
    );

  it('a file names the features its inputs are, and they come back with the network', () => {
    const m = net();
    const text = serializeModel(m, { inputFeatures: ['x1sq', 'sinx1', 'x2'] });
    expect(JSON.parse(text).inputFeatures).toEqual(['x1sq', 'sinx1', 'x2']);
    const r = parseModelFile(text);
    expect(r.ok && r.value.inputFeatures).toEqual(['x1sq', 'sinx1', 'x2']);
    if (!r.ok) throw new Error(r.error);
    r.value.mlp.layers.forEach((l, i) => {
      expect(bitIdentical(l.weights, m.layers[i].weights)).toBe(true);
      expect(bitIdentical(l.biases, m.layers[i].biases)).toBe(true);
    });
  });

  it('a file without them (every older file) says nothing about features, and is written as before', () => {
    const m = net();
    expect(serializeModel(m)).not.toContain('inputFeatures');
    const r = parseModelFile(serializeModel(m));
    expect(r.ok && r.value.inputFeatures).toBeNull();
  });

  it('refuses a feature list that does not name every input once', () => {
    const f = { ...toModelFile(net()), inputFeatures: ['x1', 'x2'] };
    expect(modelFromJson(f)).toEqual({
      ok: false,
      error: '"inputFeatures" has 2 names, expected 3 (one per input)',
    });
    const g = { ...toModelFile(net()), inputFeatures: ['x1', 2, 'x2'] };
    expect(modelFromJson(g)).toEqual({
      ok: false,
      error: '"inputFeatures"[1] is 2, expected a name',
    });
  });
});
