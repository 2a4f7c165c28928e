import { multiplyByDerivative, type Activation } from './activations';
import { exp, log, log1p } from './detmath';

/**
 * Losses, per sample; a batch's loss is the mean over its samples.
 *   mse:                  ½ · Σₖ (ŷₖ − yₖ)²
 *   binary_cross_entropy: −Σₖ [yₖ log ŷₖ + (1 − yₖ) log(1 − ŷₖ)], with a sigmoid output
 *   cross_entropy:        −Σₖ yₖ log ŷₖ, with a softmax output
 * Both cross-entropies are computed from the total input z (softplus, log-sum-exp), never from log ŷ,
 * so a confident wrong answer gives a large finite loss instead of Infinity.
 */
export const LOSSES = ['mse', 'binary_cross_entropy', 'cross_entropy'] as const;
export type Loss = (typeof LOSSES)[number];

export const LOSS_INFO: Record<Loss, { label: string; formula: string; requires?: Activation }> = {
  mse: { label: 'Mean squared error', formula: '½·Σₖ(ŷₖ − yₖ)²' },
  binary_cross_entropy: {
    label: 'Binary cross-entropy',
    formula: '−Σₖ[yₖ·log ŷₖ + (1−yₖ)·log(1−ŷₖ)]',
    requires: 'sigmoid',
  },
  cross_entropy: { label: 'Cross-entropy', formula: '−Σₖ yₖ·log ŷₖ', requires: 'softmax' },
};

export function isLoss(x: unknown): x is Loss {
  return typeof x === 'string' && (LOSSES as readonly string[]).includes(x);
}

/** Why this loss cannot follow this output activation, or null when they fit. */
export function lossMismatch(loss: Loss, output: Activation): string | null {
  const req = LOSS_INFO[loss].requires;
  return req && req !== output ? `loss '${loss}' needs a ${req} output layer, not ${output}` : null;
}

function softplus(z: number): number {
  return Math.max(z, 0) + log1p(exp(-Math.abs(z)));
}

/**
 * Sum over rows of the per-sample loss, and delta ← dLᵢ/dz (the error term δ of each output unit for sample
 * i, not yet divided by the batch size).
 */
export function lossAndOutputDelta(
  loss: Loss,
  act: Activation,
  z: Float64Array,
  a: Float64Array,
  y: Float64Array,
  delta: Float64Array,
  rows: number,
  cols: number,
): number {
  let total = 0;
  const n = rows * cols;
  if (loss === 'mse') {
    for (let i = 0; i < n; i++) {
      const g = a[i] - y[i];
      total += 0.5 * g * g;
      delta[i] = g;
    }
    // Chain through the output activation: δ = (ŷ − y) ⊙ f'(z), or the softmax Jacobian.
    if (act === 'softmax') {
      for (let r = 0; r < rows; r++) {
        const o = r * cols;
        let dot = 0;
        for (let k = 0; k < cols; k++) dot += delta[o + k] * a[o + k];
        for (let k = 0; k < cols; k++) delta[o + k] = a[o + k] * (delta[o + k] - dot);
      }
    } else {
      multiplyByDerivative(act, z, a, delta, n);
    }
    return total;
  }
  if (loss === 'binary_cross_entropy') {
    // −[y log σ(z) + (1−y) log(1−σ(z))] = softplus(z) − y·z, and its z-derivative is σ(z) − y.
    for (let i = 0; i < n; i++) {
      total += softplus(z[i]) - y[i] * z[i];
      delta[i] = a[i] - y[i];
    }
    return total;
  }
  // cross_entropy with softmax: −Σ y log softmax(z) = (Σ y)·logsumexp(z) − Σ y·z; δ = ŷ·Σy − y.
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let m = -Infinity;
    let top = 0;
    for (let k = 0; k < cols; k++)
      if (z[o + k] > m) {
        m = z[o + k];
        top = k;
      }
    let lse: number;
    if (act === 'softmax' && a[o + top] > 0) {
      // The softmax already summed s = Σ e^(z − m) and stored a_top = e^0 / s: log s = −log a_top, no exps again.
      lse = m - log(a[o + top]);
    } else {
      let s = 0;
      for (let k = 0; k < cols; k++) s += exp(z[o + k] - m);
      lse = m + log(s);
    }
    let ys = 0;
    for (let k = 0; k < cols; k++) {
      ys += y[o + k];
      total -= y[o + k] * z[o + k];
    }
    total += ys * lse;
    for (let k = 0; k < cols; k++) delta[o + k] = a[o + k] * ys - y[o + k];
  }
  return total;
}
