import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backward } from '../../src/engine/backward';
import { forward } from '../../src/engine/forward';
import { gemm } from '../../src/engine/kernels';
import { gemmBackward } from '../../src/engine/kernelsBackward';
import { gemmForward } from '../../src/engine/kernelsForward';
import { columnSums, gemmGradient } from '../../src/engine/kernelsGradient';
import { gemmGradientSkipZeros } from '../../src/engine/kernelsSparseGradient';
import { createMlp } from '../../src/engine/mlp';
import { createRng } from '../../src/engine/rng';
import { createWorkspace } from '../../src/engine/workspace';

/** Every element the same double, +0 and −0 told apart: the specialised kernels promise the same bits. */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

const dims = fc.integer({ min: 1, max: 9 });
/** Values with many exact zeros, as behind a ReLU. */
const values = (n: number, seed: number, zeros = 0.5) => {
  const r = createRng(seed);
  return Float64Array.from({ length: n }, () => (r.next() < zeros ? 0 : r.normal()));
};

describe('specialised kernels give the same bits as the reference gemm', () => {
  it('forward X·Wᵀ (+ bias), gradient Δᵀ·A (scaled), backward Δ·W', () => {
    fc.assert(
      fc.property(dims, dims, dims, fc.integer(), (m, n, k, seed) => {
        const A = values(m * k, seed);
        const B = values(n * k, seed + 1);
        const bias = values(n, seed + 2, 0);
        const ref = new Float64Array(m * n);
        const got = new Float64Array(m * n);
        gemm(m, n, k, A, k, 1, B, 1, k, ref, 1, bias);
        gemmForward(m, n, k, A, B, got, 1, bias);
        if (!sameBits(ref, got)) return false;
        // Gradient: A is k × m (samples × units), B is k × n (samples × inputs).
        gemm(m, n, k, A, 1, m, B, n, 1, ref, 0.25, null);
        gemmGradient(m, n, k, A, B, got, 0.25, null);
        if (!sameBits(ref, got)) return false;
        // Backward: A is m × k (samples × units), B is k × n (units × inputs).
        gemm(m, n, k, A, k, 1, B, n, 1, ref, 1, null);
        gemmBackward(m, n, k, A, B, got, 1, null);
        return sameBits(ref, got);
      }),
      { seed: 99, numRuns: 400 },
    );
  });

  it('the gradient that skips zero error terms equals the dense one for finite inputs', () => {
    fc.assert(
      fc.property(dims, fc.integer({ min: 1, max: 20 }), dims, fc.integer(), (m, n, k, seed) => {
        const D = values(k * m, seed, 0.6);
        const X = values(k * n, seed + 1, 0.3);
        const ref = new Float64Array(m * n);
        const got = new Float64Array(m * n);
        gemm(m, n, k, D, 1, m, X, n, 1, ref, 1 / k, null);
        gemmGradientSkipZeros(m, n, k, D, X, got, 1 / k, null, new Float64Array(k), new Int32Array(k));
        return sameBits(ref, got);
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('bias gradients as column sums equal the row-by-row sum', () => {
    const rows = 7;
    const units = 5;
    const d = values(rows * units, 3, 0.3);
    const ref = new Float64Array(units);
    for (let r = 0; r < rows; r++) for (let u = 0; u < units; u++) ref[u] += d[r * units + u];
    for (let u = 0; u < units; u++) ref[u] *= 1 / rows;
    const got = new Float64Array(units);
    columnSums(d, rows, units, 1 / rows, got);
    expect(sameBits(ref, got)).toBe(true);
  });

  it('a ReLU layer fed an infinite input does not take the skipping path: 0·∞ still makes the gradient NaN', () => {
    // 40 inputs: wide enough for the skipping kernel; the infinite input must keep its NaN (the step is refused).
    const m = createMlp(
      {
        inputs: 40,
        layers: [
          { units: 6, activation: 'relu' },
          { units: 1, activation: 'linear' },
        ],
        init: { kind: 'he_uniform' },
      },
      createRng(2),
    );
    const ws = createWorkspace(m, 4);
    ws.x.set(values(4 * 40, 5, 0));
    ws.x[3] = Infinity;
    ws.y.set([1, -1, 1, -1]);
    forward(m, ws, 4);
    backward(m, ws, 4, 'mse');
    const ref = new Float64Array(6 * 40);
    // Reference gradient of layer 1 from the same Δ and inputs.
    gemm(6, 40, 4, ws.delta[0], 1, 6, ws.x, 40, 1, ref, 1 / 4, null);
    expect(sameBits(ref, ws.gradW[0])).toBe(true);
  });
});
