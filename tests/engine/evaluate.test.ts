/**
 * evaluate() and predictWithHidden(). An identity network (no hidden layer, linear output, W = I, b = 0)
 * outputs its inputs, so each test writes the predictions it wants straight into x.
 */
import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  createWorkspace,
  evaluate,
  forward,
  predict,
  predictWithHidden,
  type Mlp,
  type TrainData,
} from '../../src/engine';
import { close, refBatchLoss, refForward } from './reference';

function identity(k: number): Mlp {
  const m = createMlp(
    { inputs: k, layers: [{ units: k, activation: 'linear' }], init: { kind: 'zeros' } },
    createRng(0),
  );
  for (let i = 0; i < k; i++) m.layers[0].weights[i * k + i] = 1;
  return m;
}

const rows = (d: Float64Array, k: number) =>
  Array.from({ length: d.length / k }, (_, r) => [...d.subarray(r * k, (r + 1) * k)]);

describe('accuracy', () => {
  it('with k > 1 outputs counts a sample correct when the largest output is the target class (argmax)', () => {
    const x = Float64Array.from([0.1, 0.7, 0.2, 0.5, 0.4, 0.1, 0.3, 0.3, 0.4, 0.9, 0.05, 0.05]);
    const y = Float64Array.from([0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0]);
    // Sample 0: argmax 1 = class 1 ✓; sample 1: 0 vs 2 ✗; sample 2: 2 = 2 ✓; sample 3: 0 vs 1 ✗.
    expect(evaluate(identity(3), { n: 4, x, y }, 'mse').accuracy).toBe(0.5);
  });

  it('with 0/1 targets counts an output of 0.5 or more as class 1', () => {
    const data = {
      n: 5,
      x: Float64Array.from([0.5, 0.49, 0.9, 0.1, 0.6]),
      y: Float64Array.from([1, 1, 1, 0, 0]),
    };
    expect(evaluate(identity(1), data, 'mse').accuracy).toBe(3 / 5);
  });

  it('with ±1 targets counts by sign, 0 as +1', () => {
    const data = { n: 4, x: Float64Array.from([0, -0.1, 0.3, -2]), y: Float64Array.from([1, 1, -1, -1]) };
    expect(evaluate(identity(1), data, 'mse').accuracy).toBe(0.5);
  });

  it('is null for regression targets', () => {
    const data = { n: 2, x: Float64Array.from([0.3, 2]), y: Float64Array.from([0.25, 2]) };
    expect(evaluate(identity(1), data, 'mse').accuracy).toBeNull();
  });
});

describe('evaluate loss', () => {
  /** 300 samples: more than one 256-row chunk. */
  function bigData(): TrainData {
    const r = createRng(3);
    const n = 300;
    const x = Float64Array.from({ length: 2 * n }, () => r.normal());
    const y = new Float64Array(3 * n);
    for (let i = 0; i < n; i++) y[3 * i + r.int(3)] = 1;
    return { n, x, y };
  }

  function net(seed: number): Mlp {
    return createMlp(
      {
        inputs: 2,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: 3, activation: 'softmax' },
        ],
        init: { kind: 'xavier_normal' },
        biasInit: 0.05,
      },
      createRng(seed),
    );
  }

  it('is the mean over all samples of the per-sample loss, across chunk boundaries', () => {
    const d = bigData();
    const m = net(1);
    const want = refBatchLoss(m, 'cross_entropy', rows(d.x, 2), rows(d.y, 3));
    expect(close(evaluate(m, d, 'cross_entropy').loss, want, 1e-12)).toBe(true);
  });

  it('gives each network its own loss when networks of different shapes are evaluated in turn', () => {
    const d = bigData();
    const m = net(2);
    const first = evaluate(m, d, 'mse').loss;
    evaluate(identity(1), { n: 2, x: Float64Array.from([1, 2]), y: Float64Array.from([0, 0]) }, 'mse');
    expect(evaluate(m, d, 'mse').loss).toBe(first);
  });

  it('of an empty data set is 0', () => {
    expect(evaluate(identity(2), { n: 0, x: new Float64Array(0), y: new Float64Array(0) }, 'mse')).toEqual({
      loss: 0,
      accuracy: 0,
    });
  });
});

describe('predictWithHidden', () => {
  const m = createMlp(
    {
      inputs: 2,
      layers: [
        { units: 4, activation: 'relu' },
        { units: 3, activation: 'sigmoid' },
        { units: 2, activation: 'linear' },
      ],
      init: { kind: 'he_normal' },
      biasInit: 0.1,
    },
    createRng(9),
  );
  const n = 300;
  const r = createRng(4);
  const x = Float64Array.from({ length: 2 * n }, () => r.next() * 4 - 2);

  it("gives every unit's output at every point, equal to forward's activations (and the reference's)", () => {
    const out = predictWithHidden(m, x, n, true);
    const ws = createWorkspace(m, n);
    ws.x.set(x);
    forward(m, ws, n);
    expect(out.units).not.toBeNull();
    m.layers.forEach((layer, l) => {
      expect(out.units![l].length).toBe(layer.units);
      for (let u = 0; u < layer.units; u++) {
        for (let p = 0; p < n; p++) {
          expect(close(out.units![l][u][p], ws.a[l][p * layer.units + u], 1e-14)).toBe(true);
        }
      }
    });
    const ref = refForward(m, [x[2 * 299], x[2 * 299 + 1]]);
    ref.a.forEach((a, l) => a.forEach((v, u) => expect(close(out.units![l][u][299], v, 1e-12)).toBe(true)));
  });

  it('gives the same output with or without the unit arrays, and predict() agrees', () => {
    const a = predictWithHidden(m, x, n, true);
    const b = predictWithHidden(m, x, n, false);
    expect(b.units).toBeNull();
    expect([...a.output]).toEqual([...b.output]);
    expect([...predict(m, x, n)]).toEqual([...b.output]);
    const last = a.units![2];
    for (let p = 0; p < n; p++)
      expect([a.output[2 * p], a.output[2 * p + 1]]).toEqual([last[0][p], last[1][p]]);
  });
});
