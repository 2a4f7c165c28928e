import type { Dataset, DataSplit } from './types';

/**
 * A copy of ds with one more training sample, for points a person clicks onto the plot. The original is left
 * untouched (the store keeps it for undo). x must hold one value per input.
 */
export function addTrainPoint(ds: Dataset, x: ArrayLike<number>, label: number): Dataset {
  if (x.length !== ds.inputs) throw new RangeError(`a point needs ${ds.inputs} values, got ${x.length}`);
  const { n, x: xs, labels } = ds.train;
  const train: DataSplit = {
    n: n + 1,
    x: new Float64Array((n + 1) * ds.inputs),
    labels: new Float64Array(n + 1),
  };
  train.x.set(xs);
  train.x.set(Array.from(x), n * ds.inputs);
  train.labels.set(labels);
  train.labels[n] = label;
  return { ...ds, train };
}
