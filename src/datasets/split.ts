import type { Rng } from '../engine';
import type { DataSplit } from './types';

/** Rows `rows` of a row-major sample table, in that order, as a new split. */
export function takeRows(
  x: ArrayLike<number>,
  labels: ArrayLike<number>,
  inputs: number,
  rows: ArrayLike<number>,
): DataSplit {
  const n = rows.length;
  const out: DataSplit = { n, x: new Float64Array(n * inputs), labels: new Float64Array(n) };
  for (let r = 0; r < n; r++) {
    const s = rows[r];
    for (let j = 0; j < inputs; j++) out.x[r * inputs + j] = x[s * inputs + j];
    out.labels[r] = labels[s];
  }
  return out;
}

/**
 * Train/test split: the sample indices are shuffled with rng and the first round(n · trainRatio) go to
 * training. Shuffling first matters because generators draw their points class by class.
 */
export function splitSamples(
  x: ArrayLike<number>,
  labels: ArrayLike<number>,
  inputs: number,
  trainRatio: number,
  rng: Rng,
): { train: DataSplit; test: DataSplit } {
  const n = labels.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  rng.shuffle(order);
  const ratio = Math.min(1, Math.max(0, trainRatio));
  const nTrain = Math.round(n * ratio);
  return {
    train: takeRows(x, labels, inputs, order.subarray(0, nTrain)),
    test: takeRows(x, labels, inputs, order.subarray(nTrain)),
  };
}
