import { describe, expect, it } from 'vitest';
import { predict } from '../../src/engine';
import { parseTfjsModel } from '../../src/io/tfjs';
import { tfjsModel } from './tfjsFixture';

const parse = (json: unknown, files: Map<string, ArrayBuffer>) => parseTfjsModel(JSON.stringify(json), files);

describe('TensorFlow.js layers models', () => {
  it('reads a Sequential of Dense layers, transposing each [inputs, units] kernel into units × inputs', () => {
    const m = tfjsModel(3, [
      { units: 4, activation: 'relu' },
      { units: 2, activation: 'softmax' },
    ]);
    const r = parse(m.json, m.files);
    if (!r.ok) throw new Error(r.error);
    const net = r.value;
    expect(net.inputs).toBe(3);
    expect(net.layers.map((l) => [l.units, l.activation])).toEqual([
      [4, 'relu'],
      [2, 'softmax'],
    ]);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 3; j++) expect(net.layers[0].weights[i * 3 + j]).toBe(m.kernels[0][j][i]);
    expect(Array.from(net.layers[1].biases)).toEqual(m.biases[1]);
  });

  it('reads Keras swish (x·σ(x)) as SiLU', () => {
    const m = tfjsModel(2, [
      { units: 3, activation: 'swish' },
      { units: 1, activation: 'linear' },
    ]);
    const r = parse(m.json, m.files);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.layers.map((l) => l.activation)).toEqual(['silu', 'linear']);
  });

  it('computes what Keras computes: σ(tanh(x·K₁ + b₁)·K₂ + b₂) by hand', () => {
    const m = tfjsModel(2, [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ]);
    const r = parse(m.json, m.files);
    if (!r.ok) throw new Error(r.error);
    const x = [0.5, -1.25];
    const h = [0, 1, 2].map((i) =>
      Math.tanh(x[0] * m.kernels[0][0][i] + x[1] * m.kernels[0][1][i] + m.biases[0][i]),
    );
    const z = h.reduce((s, hi, i) => s + hi * m.kernels[1][i][0], m.biases[1][0]);
    const want = 1 / (1 + Math.exp(-z));
    const out = predict(r.value, new Float64Array(x), 1);
    expect(out[0]).toBeCloseTo(want, 12);
  });

  it('reads layers without biases as useBias false', () => {
    const m = tfjsModel(2, [{ units: 2, activation: 'tanh', useBias: false }]);
    const r = parse(m.json, m.files);
    expect(r.ok && r.value.layers[0].useBias).toBe(false);
  });

  const refused: [
    string,
    (m: ReturnType<typeof tfjsModel>) => [unknown, Map<string, ArrayBuffer>],
    RegExp,
  ][] = [
    [
      'an elu activation',
      (m) => [((m.json.modelTopology.config.layers[0].config.activation = 'elu'), m.json), m.files],
      /layer 1 \('dense_1'\): activation 'elu' is not one Weightscope computes/,
    ],
    [
      'a Conv2D layer',
      (m) => [((m.json.modelTopology.config.layers[1].class_name = 'Conv2D'), m.json), m.files],
      /layer 2 \('dense_2'\) is a Conv2D layer/,
    ],
    [
      'BatchNormalization',
      (m) => [((m.json.modelTopology.config.layers[1].class_name = 'BatchNormalization'), m.json), m.files],
      /is a BatchNormalization layer/,
    ],
    [
      'a functional model (multiple inputs)',
      (m) => [((m.json.modelTopology.class_name = 'Model'), m.json), m.files],
      /the model is a Model; only a Sequential model/,
    ],
    [
      'a missing .bin',
      (m) => [m.json, new Map()],
      /the weights file 'group1-shard1of1.bin' named in model.json was not chosen/,
    ],
    [
      'a .bin of the wrong length',
      (m) => [m.json, new Map([['group1-shard1of1.bin', new ArrayBuffer(12)]])],
      /group1-shard1of1.bin holds 12 bytes; model.json's weights need \d+/,
    ],
    ['not JSON', () => ['{', new Map()], /model.json is not valid JSON/],
    ['a graph model', (m) => [((m.json.format = 'graph-model'), m.json), m.files], /only the layers format/],
    [
      'float16 weights',
      (m) => [((m.json.weightsManifest[0].weights[0].dtype = 'float16'), m.json), m.files],
      /weight 'dense_1\/kernel' is float16/,
    ],
    [
      'an image input shape',
      (m) => [
        (((m.json.modelTopology.config.layers[0].config as Record<string, unknown>).batch_input_shape = [
          null,
          8,
          8,
          1,
        ]),
        m.json),
        m.files,
      ],
      /the input shape must be \[null, n\]/,
    ],
    [
      'softmax in a hidden layer',
      (m) => [((m.json.modelTopology.config.layers[0].config.activation = 'softmax'), m.json), m.files],
      /softmax is only possible on the output layer/,
    ],
  ];
  it.each(refused)('refuses %s with a message naming what and where', (_, spoil, message) => {
    const m = tfjsModel(2, [
      { units: 3, activation: 'relu' },
      { units: 1, activation: 'tanh' },
    ]);
    const [json, files] = spoil(m);
    const r = typeof json === 'string' ? parseTfjsModel(json, files) : parse(json, files);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
