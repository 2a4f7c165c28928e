/**
 * Gradient kernel, G = scale · Δᵀ·A_prev: C[i·n + j] = scale · Σ_p A[p·m + i] · B[p·n + j] + bias[j], with
 * A (k × m) and B (k × n) row-major, read transposed: each step of p reads a short run of both.
 *
 * Same sums as gemm in kernels.ts, bit for bit: each C entry is accumulated from 0 in one double over
 * p = 0…k−1 in increasing order, then scaled, then biased. Only the blocking differs: a 3×4 block of C lives
 * in 12 locals (a 4×4 block's 16 accumulators plus its operands do not fit x64's 16 float registers and
 * spill), and the strides are constants, which frees integer registers. Edges use 3×1, 1×4 and 1×1 blocks.
 */
export function gemmGradient(
  m: number,
  n: number,
  k: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
  scale: number,
  bias: Float64Array | null,
): void {
  let i = 0;
  for (; i + 3 <= m; i += 3) {
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let pa = i;
      let pb = j;
      for (let p = 0; p < k; p++) {
        const y0 = B[pb], y1 = B[pb + 1], y2 = B[pb + 2], y3 = B[pb + 3];
        const x0 = A[pa];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        const x1 = A[pa + 1];
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        const x2 = A[pa + 2];
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        pa += m;
        pb += n;
      }
      const d0 = bias ? bias[j] : 0, d1 = bias ? bias[j + 1] : 0, d2 = bias ? bias[j + 2] : 0, d3 = bias ? bias[j + 3] : 0;
      let o = i * n + j;
      C[o] = scale * c00 + d0; C[o + 1] = scale * c01 + d1; C[o + 2] = scale * c02 + d2; C[o + 3] = scale * c03 + d3;
      o += n;
      C[o] = scale * c10 + d0; C[o + 1] = scale * c11 + d1; C[o + 2] = scale * c12 + d2; C[o + 3] = scale * c13 + d3;
      o += n;
      C[o] = scale * c20 + d0; C[o + 1] = scale * c21 + d1; C[o + 2] = scale * c22 + d2; C[o + 3] = scale * c23 + d3;
    }
    for (; j < n; j++) {
      let c00 = 0, c10 = 0, c20 = 0;
      let pa = i;
      let pb = j;
      for (let p = 0; p < k; p++) {
        const y0 = B[pb];
        c00 += A[pa] * y0; c10 += A[pa + 1] * y0; c20 += A[pa + 2] * y0;
        pa += m;
        pb += n;
      }
      const d0 = bias ? bias[j] : 0;
      const o = i * n + j;
      C[o] = scale * c00 + d0; C[o + n] = scale * c10 + d0; C[o + 2 * n] = scale * c20 + d0;
    }
  }
  for (; i < m; i++) {
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let pa = i;
      let pb = j;
      for (let p = 0; p < k; p++) {
        const y0 = B[pb], y1 = B[pb + 1], y2 = B[pb + 2], y3 = B[pb + 3];
        const x0 = A[pa];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        pa += m;
        pb += n;
      }
      const d0 = bias ? bias[j] : 0, d1 = bias ? bias[j + 1] : 0, d2 = bias ? bias[j + 2] : 0, d3 = bias ? bias[j + 3] : 0;
      const o = i * n + j;
      C[o] = scale * c00 + d0; C[o + 1] = scale * c01 + d1; C[o + 2] = scale * c02 + d2; C[o + 3] = scale * c03 + d3;
    }
    for (; j < n; j++) {
      let c00 = 0;
      let pa = i;
      let pb = j;
      for (let p = 0; p < k; p++) {
        const y0 = B[pb];
        c00 += A[pa] * y0;
        pa += m;
        pb += n;
      }
      const d0 = bias ? bias[j] : 0;
      const o = i * n + j;
      C[o] = scale * c00 + d0;
    }
  }
}

/**
 * Bias gradient: out[u] = scale · Σ_r Δ[r·units + u], each column summed from 0 over the rows in order, then
 * scaled (the same bits as adding into a zeroed out[u] row by row and multiplying at the end). Four columns
 * at a time in locals, so the sums are not loaded and stored on every row.
 */
export function columnSums(delta: Float64Array, rows: number, units: number, scale: number, out: Float64Array): void {
  const end = rows * units;
  let u = 0;
  for (; u + 4 <= units; u += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let o = u; o < end; o += units) {
      s0 += delta[o]; s1 += delta[o + 1]; s2 += delta[o + 2]; s3 += delta[o + 3];
    }
    out[u] = s0 * scale; out[u + 1] = s1 * scale; out[u + 2] = s2 * scale; out[u + 3] = s3 * scale;
  }
  for (; u < units; u++) {
    let s = 0;
    for (let o = u; o < end; o += units) s += delta[o];
    out[u] = s * scale;
  }
}
