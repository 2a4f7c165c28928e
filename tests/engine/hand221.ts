/**
 * The 2-2-1 network (tanh hidden, sigmoid output, mse) that the hand-worked tests share, and its gradient
 * written out scalar by scalar with none of the engine's code.
 */
import { expect } from 'vitest';
import { createMlp, createRng, type Mlp, type TrainOptions } from '../../src/engine';

export const TOL = 1e-12;
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export type Params = {
  w11: number;
  w12: number;
  w21: number;
  w22: number;
  b1: number;
  b2: number;
  v1: number;
  v2: number;
  c: number;
};

/** Hidden unit i takes input j through w_ij; the output unit takes hidden unit i through v_i. */
export function net221(p: Params): Mlp {
  const m = createMlp(
    {
      inputs: 2,
      layers: [
        { units: 2, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      init: { kind: 'zeros' },
    },
    createRng(1),
  );
  m.layers[0].weights.set([p.w11, p.w12, p.w21, p.w22]);
  m.layers[0].biases.set([p.b1, p.b2]);
  m.layers[1].weights.set([p.v1, p.v2]);
  m.layers[1].biases.set([p.c]);
  return m;
}

export function options(o: Partial<TrainOptions>): TrainOptions {
  return { loss: 'mse', batchSize: 1, shuffle: false, lr: 0.5, l1: 0, l2: 0, momentum: 0, ...o };
}

export function expectClose(actual: ArrayLike<number>, expected: number[]) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++)
    expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(TOL);
}

export const WEIGHTS = ['w11', 'w12', 'w21', 'w22', 'v1', 'v2'] as const;
export const BIASES = ['b1', 'b2', 'c'] as const;

/** The mean over samples of the mse gradient of the 2-2-1 network, written out scalar by scalar. */
export function handGradient(p: Params, samples: { x1: number; x2: number; y: number }[]): Params {
  const g: Params = { w11: 0, w12: 0, w21: 0, w22: 0, b1: 0, b2: 0, v1: 0, v2: 0, c: 0 };
  for (const { x1, x2, y } of samples) {
    const h1 = Math.tanh(p.w11 * x1 + p.w12 * x2 + p.b1);
    const h2 = Math.tanh(p.w21 * x1 + p.w22 * x2 + p.b2);
    const o = sigmoid(p.v1 * h1 + p.v2 * h2 + p.c);
    const dOut = (o - y) * o * (1 - o);
    const d1 = dOut * p.v1 * (1 - h1 * h1);
    const d2 = dOut * p.v2 * (1 - h2 * h2);
    const n = samples.length;
    g.w11 += (d1 * x1) / n;
    g.w12 += (d1 * x2) / n;
    g.w21 += (d2 * x1) / n;
    g.w22 += (d2 * x2) / n;
    g.b1 += d1 / n;
    g.b2 += d2 / n;
    g.v1 += (dOut * h1) / n;
    g.v2 += (dOut * h2) / n;
    g.c += dOut / n;
  }
  return g;
}

/** One sample through the network by hand: hidden activations, output and the error terms. */
export function handTrace(p: Params, s: { x1: number; x2: number; y: number }) {
  const h1 = Math.tanh(p.w11 * s.x1 + p.w12 * s.x2 + p.b1);
  const h2 = Math.tanh(p.w21 * s.x1 + p.w22 * s.x2 + p.b2);
  const o = sigmoid(p.v1 * h1 + p.v2 * h2 + p.c);
  const dOut = (o - s.y) * o * (1 - o);
  return { h1, h2, o, dOut, d1: dOut * p.v1 * (1 - h1 * h1), d2: dOut * p.v2 * (1 - h2 * h2) };
}

/** The engine's layout of the parameters: layer 1 then layer 2, weights row by row, then biases. */
export const LAYOUT = [
  { weights: ['w11', 'w12', 'w21', 'w22'], biases: ['b1', 'b2'] },
  { weights: ['v1', 'v2'], biases: ['c'] },
] as const;
