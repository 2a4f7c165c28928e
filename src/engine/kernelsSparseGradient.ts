/**
 * Gradient kernel for error terms behind a ReLU, G = scale · Δᵀ·A_prev, where about half of Δ is exactly 0:
 *
 *   C[i·n + j] = scale · Σ_p A[p·m + i] · B[p·n + j] + bias[j],   A (k × m) and B (k × n) row-major.
 *
 * For each unit i the samples p with A[p·m + i] ≠ 0 are first listed (with their values and row offsets in
 * B), and only they are summed, still in increasing p. Leaving out a term 0·y changes nothing when y is
 * finite: 0·y is ±0, and the sum, started at +0, is never −0, so adding ±0 leaves it as it was. The caller
 * must therefore use this kernel only when every B value is finite (else 0·∞ = NaN would be lost).
 * Each listed sample feeds a 1×8 block of C (8 accumulators), with 1×1 blocks at the right edge.
 * xs and offs are scratch of at least k entries.
 */
export function gemmGradientSkipZeros(
  m: number,
  n: number,
  k: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
  scale: number,
  bias: Float64Array | null,
  xs: Float64Array,
  offs: Int32Array,
): void {
  for (let i = 0; i < m; i++) {
    let cnt = 0;
    for (let p = 0, pa = i; p < k; p++, pa += m) {
      const x = A[pa];
      if (x !== 0) {
        xs[cnt] = x;
        offs[cnt] = p * n;
        cnt++;
      }
    }
    const o = i * n;
    let j = 0;
    for (; j + 8 <= n; j += 8) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
      for (let t = 0; t < cnt; t++) {
        const x = xs[t];
        const pb = offs[t] + j;
        c0 += x * B[pb]; c1 += x * B[pb + 1]; c2 += x * B[pb + 2]; c3 += x * B[pb + 3];
        c4 += x * B[pb + 4]; c5 += x * B[pb + 5]; c6 += x * B[pb + 6]; c7 += x * B[pb + 7];
      }
      const q = o + j;
      C[q] = scale * c0 + (bias ? bias[j] : 0);
      C[q + 1] = scale * c1 + (bias ? bias[j + 1] : 0);
      C[q + 2] = scale * c2 + (bias ? bias[j + 2] : 0);
      C[q + 3] = scale * c3 + (bias ? bias[j + 3] : 0);
      C[q + 4] = scale * c4 + (bias ? bias[j + 4] : 0);
      C[q + 5] = scale * c5 + (bias ? bias[j + 5] : 0);
      C[q + 6] = scale * c6 + (bias ? bias[j + 6] : 0);
      C[q + 7] = scale * c7 + (bias ? bias[j + 7] : 0);
    }
    for (; j < n; j++) {
      let c = 0;
      for (let t = 0; t < cnt; t++) c += xs[t] * B[offs[t] + j];
      C[o + j] = scale * c + (bias ? bias[j] : 0);
    }
  }
}
