import { multiplyByDerivative } from './activations';
import type { DropoutBuffers } from './dropout';
import { gemmBackward } from './kernelsBackward';
import { columnSums, gemmGradient } from './kernelsGradient';
import { gemmGradientSkipZeros } from './kernelsSparseGradient';
import { lossAndOutputDelta, type Loss } from './losses';
import type { Mlp } from './mlp';
import type { Workspace } from './workspace';

/** When the gradient kernel that skips zero error terms pays (see below). */
const MIN_SKIP_INPUTS = 32;
const MAX_SKIP_DENSITY = 0.6;

/**
 * Backward pass after forward() (with the same drop, if any): the output error terms from the loss and ws.y, then δ of every hidden unit
 * (δ_prev = (δ·W) ⊙ f'(z_prev)), and the mean batch gradient of every weight and bias
 * (∂L/∂w_ij = mean over samples of δ_i · a_j). Returns the batch's mean loss.
 */
export function backward(
  m: Mlp,
  ws: Workspace,
  rows: number,
  loss: Loss,
  drop: DropoutBuffers | null = null,
): number {
  const L = m.layers.length;
  if (L === 0) return 0;
  const out = m.layers[L - 1];
  const total = lossAndOutputDelta(
    loss,
    out.activation,
    ws.z[L - 1],
    ws.a[L - 1],
    ws.y,
    ws.delta[L - 1],
    rows,
    out.units,
  );
  const inv = 1 / rows;
  for (let l = L - 1; l >= 0; l--) {
    const layer = m.layers[l];
    const delta = ws.delta[l];
    const prevA = l > 0 ? ws.a[l - 1] : ws.x;
    // Gradient: G = (1/rows)·Δᵀ·A_prev, units × inputs.
    // Behind a ReLU often half of Δ is exactly 0, and those terms can be left out (same bits) if A_prev is
    // finite. Measured against the dense kernel (bench/kernels.ts): 1.4–1.6× at 45% nonzero, even at ~65%,
    // slower above; and on narrow layers (W2's 8 inputs) listing the nonzeros costs more than it saves.
    if (
      layer.activation === 'relu' &&
      layer.inputs >= MIN_SKIP_INPUTS &&
      nonzeroFraction(delta, rows * layer.units) <= MAX_SKIP_DENSITY &&
      allFinite(prevA, rows * layer.inputs)
    ) {
      gemmGradientSkipZeros(
        layer.units,
        layer.inputs,
        rows,
        delta,
        prevA,
        ws.gradW[l],
        inv,
        null,
        ws.nonzeroDelta,
        ws.nonzeroOffset,
      );
    } else {
      gemmGradient(layer.units, layer.inputs, rows, delta, prevA, ws.gradW[l], inv, null);
    }
    const gb = ws.gradB[l];
    if (layer.useBias) columnSums(delta, rows, layer.units, inv, gb);
    else gb.fill(0);
    if (l > 0) {
      const prev = m.layers[l - 1];
      // Error derivative with respect to each previous unit's output: Δ·W, rows × inputs; then through f'.
      gemmBackward(rows, layer.inputs, layer.units, delta, layer.weights, ws.delta[l - 1], 1, null);
      const n = rows * prev.units;
      if (drop) {
        // a = f(z)·mask: the error reaches z through the mask (0 for a dropped unit), then through f'.
        const d = ws.delta[l - 1];
        const mask = drop.mask[l - 1];
        for (let i = 0; i < n; i++) d[i] *= mask[i];
        multiplyByDerivative(prev.activation, ws.z[l - 1], drop.pre[l - 1], d, n);
      } else {
        multiplyByDerivative(prev.activation, ws.z[l - 1], ws.a[l - 1], ws.delta[l - 1], n);
      }
    }
  }
  return total * inv;
}

/** Whether a[0…n−1] holds no NaN or ±Infinity: x·0 is 0 for every finite x and NaN otherwise. */
function allFinite(a: Float64Array, n: number): boolean {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i] * 0;
  return s === 0;
}

/**
 * The fraction of a[0…n−1] that is not exactly 0, estimated from every 7th entry (it only picks a kernel; a
 * full count's data-dependent branch cost W3 2%).
 */
function nonzeroFraction(a: Float64Array, n: number): number {
  let nz = 0;
  let seen = 0;
  for (let i = 0; i < n; i += 7, seen++) if (a[i] !== 0) nz++;
  return nz / seen;
}
