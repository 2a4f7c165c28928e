/**
 * A training set as the engine sees it: n samples, inputs in x (n × inputs, row-major) and targets in y
 * (n × outputs, row-major).
 */
export interface TrainData {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

/**
 * Targets for class labels or values, as the output layer needs them. With one output unit the label is the
 * target itself (a class 0/1, ±1, or a regression value); with k > 1 outputs a class index becomes one-hot.
 */
export function targetsFromLabels(labels: ArrayLike<number>, outputs: number): Float64Array {
  const n = labels.length;
  const y = new Float64Array(n * outputs);
  if (outputs === 1) {
    for (let i = 0; i < n; i++) y[i] = labels[i];
    return y;
  }
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    if (Number.isInteger(c) && c >= 0 && c < outputs) y[i * outputs + c] = 1;
  }
  return y;
}

export type TargetKind = 'multiclass' | 'binary01' | 'binarypm1' | 'regression';

/** What kind of targets these are, which decides how accuracy is counted. */
export function targetKind(y: Float64Array, outputs: number): TargetKind {
  if (outputs > 1) return 'multiclass';
  let zeroOne = true;
  let pm1 = true;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1) zeroOne = false;
    if (v !== -1 && v !== 1) pm1 = false;
  }
  if (y.length === 0) return 'regression';
  return zeroOne ? 'binary01' : pm1 ? 'binarypm1' : 'regression';
}

/** Whether prediction row r matches target row r: argmax for k > 1, a threshold (0.5 or 0) for one unit. */
export function isCorrect(
  kind: TargetKind,
  yhat: Float64Array,
  y: Float64Array,
  r: number,
  k: number,
): boolean {
  if (kind === 'multiclass') {
    let best = 0;
    let bestT = 0;
    for (let c = 1; c < k; c++) {
      if (yhat[r * k + c] > yhat[r * k + best]) best = c;
      if (y[r * k + c] > y[r * k + bestT]) bestT = c;
    }
    return best === bestT;
  }
  if (kind === 'binary01') return (yhat[r] >= 0.5 ? 1 : 0) === y[r];
  if (kind === 'binarypm1') return (yhat[r] >= 0 ? 1 : -1) === y[r];
  return false;
}
