/**
 * An independent reference for the engine's maths: a scalar, loop-by-loop forward pass and per-sample losses
 * written straight from the textbook formulas, sharing no code with src/engine. Gradient, evaluate and
 * determinism tests compare the engine against these.
 */
import type { Activation, Loss, Mlp } from '../../src/engine';

export function refActivate(kind: Activation, z: number[]): number[] {
  switch (kind) {
    case 'relu':
      return z.map((v) => Math.max(v, 0));
    case 'leaky_relu':
      return z.map((v) => (v > 0 ? v : 0.01 * v));
    case 'tanh':
      return z.map((v) => Math.tanh(v));
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)));
    case 'linear':
      return z.slice();
    case 'silu':
      return z.map((v) => v / (1 + Math.exp(-v)));
    case 'gelu':
      return z.map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
    case 'sine':
      return z.map((v) => Math.sin(v));
    case 'softmax': {
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const s = e.reduce((p, q) => p + q, 0);
      return e.map((v) => v / s);
    }
  }
}

/** Total inputs z and outputs a of every layer for one sample. */
export function refForward(m: Mlp, x: number[]): { z: number[][]; a: number[][] } {
  const zs: number[][] = [];
  const as: number[][] = [];
  let input = x;
  for (const layer of m.layers) {
    const z: number[] = [];
    for (let i = 0; i < layer.units; i++) {
      let s = layer.useBias ? layer.biases[i] : 0;
      for (let j = 0; j < layer.inputs; j++) s += layer.weights[i * layer.inputs + j] * input[j];
      z.push(s);
    }
    const a = refActivate(layer.activation, z);
    zs.push(z);
    as.push(a);
    input = a;
  }
  return { z: zs, a: as };
}

/** One sample's loss from its output ŷ (and, for the cross-entropies, nothing else: plain logs). */
export function refSampleLoss(loss: Loss, yhat: number[], y: number[]): number {
  let s = 0;
  for (let k = 0; k < y.length; k++) {
    if (loss === 'mse') s += 0.5 * (yhat[k] - y[k]) ** 2;
    else if (loss === 'binary_cross_entropy')
      s -= y[k] * Math.log(yhat[k]) + (1 - y[k]) * Math.log(1 - yhat[k]);
    else s -= y[k] * Math.log(yhat[k]);
  }
  return s;
}

/** Mean over the samples of the per-sample loss. */
export function refBatchLoss(m: Mlp, loss: Loss, xs: number[][], ys: number[][]): number {
  let total = 0;
  for (let r = 0; r < xs.length; r++) {
    const { a } = refForward(m, xs[r]);
    total += refSampleLoss(loss, a[a.length - 1], ys[r]);
  }
  return total / xs.length;
}

/** |actual − expected| within rel·(|actual| + |expected|) + abs. */
export function close(actual: number, expected: number, rel: number, abs = 0): boolean {
  return Math.abs(actual - expected) <= rel * (Math.abs(actual) + Math.abs(expected)) + abs;
}

/** Every weight and bias of a network, in order, as one list of plain numbers. */
export function allParams(m: Mlp): number[] {
  return m.layers.flatMap((l) => [...l.weights, ...l.biases]);
}

/** True when every Float64 of a equals the one in b bit for bit (Object.is, so −0 ≠ +0 and NaN = NaN). */
export function bitIdentical(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
