/**
 * The general matrix kernel: C = scale · A·B (+ bias per column), with A and B addressed through strides so
 * one register-tiled loop serves any layout. Forward, backward and the gradient call the layout kernels
 * (kernelsForward.ts, kernelsBackward.ts, kernelsGradient.ts), which give the same bits 10–25% faster; this
 * one stays as their reference (bench/kernels.ts --check) and for callers with other strides.
 *
 *   C[i·n + j] = scale · Σ_p A[i·asi + p·asp] · B[p·bsp + j·bsj] + bias[j]
 *
 * A 4×4 block of C lives in 16 locals and each loaded A and B value feeds four multiply-adds; in V8 this is
 * 1.6–3.6× faster than a plain triple loop, which loads and stores C on every multiply-add.
 */
export function gemm(
  m: number,
  n: number,
  k: number,
  A: Float64Array,
  asi: number,
  asp: number,
  B: Float64Array,
  bsp: number,
  bsj: number,
  C: Float64Array,
  scale: number,
  bias: Float64Array | null,
): void {
  const a2 = 2 * asi;
  const a3 = 3 * asi;
  const b2 = 2 * bsj;
  const b3 = 3 * bsj;
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      let pa = i * asi;
      let pb = j * bsj;
      for (let p = 0; p < k; p++) {
        const x0 = A[pa], x1 = A[pa + asi], x2 = A[pa + a2], x3 = A[pa + a3];
        const y0 = B[pb], y1 = B[pb + bsj], y2 = B[pb + b2], y3 = B[pb + b3];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
        pa += asp;
        pb += bsp;
      }
      const d0 = bias ? bias[j] : 0, d1 = bias ? bias[j + 1] : 0, d2 = bias ? bias[j + 2] : 0, d3 = bias ? bias[j + 3] : 0;
      let o = i * n + j;
      C[o] = scale * c00 + d0; C[o + 1] = scale * c01 + d1; C[o + 2] = scale * c02 + d2; C[o + 3] = scale * c03 + d3;
      o += n;
      C[o] = scale * c10 + d0; C[o + 1] = scale * c11 + d1; C[o + 2] = scale * c12 + d2; C[o + 3] = scale * c13 + d3;
      o += n;
      C[o] = scale * c20 + d0; C[o + 1] = scale * c21 + d1; C[o + 2] = scale * c22 + d2; C[o + 3] = scale * c23 + d3;
      o += n;
      C[o] = scale * c30 + d0; C[o + 1] = scale * c31 + d1; C[o + 2] = scale * c32 + d2; C[o + 3] = scale * c33 + d3;
    }
    for (; j < n; j++) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      let pa = i * asi;
      let pb = j * bsj;
      for (let p = 0; p < k; p++) {
        const y = B[pb];
        c0 += A[pa] * y; c1 += A[pa + asi] * y; c2 += A[pa + a2] * y; c3 += A[pa + a3] * y;
        pa += asp;
        pb += bsp;
      }
      const d = bias ? bias[j] : 0;
      C[i * n + j] = scale * c0 + d;
      C[(i + 1) * n + j] = scale * c1 + d;
      C[(i + 2) * n + j] = scale * c2 + d;
      C[(i + 3) * n + j] = scale * c3 + d;
    }
  }
  for (; i < m; i++) {
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      let pa = i * asi;
      let pb = j * bsj;
      for (let p = 0; p < k; p++) {
        const x = A[pa];
        c0 += x * B[pb]; c1 += x * B[pb + bsj]; c2 += x * B[pb + b2]; c3 += x * B[pb + b3];
        pa += asp;
        pb += bsp;
      }
      const o = i * n + j;
      C[o] = scale * c0 + (bias ? bias[j] : 0);
      C[o + 1] = scale * c1 + (bias ? bias[j + 1] : 0);
      C[o + 2] = scale * c2 + (bias ? bias[j + 2] : 0);
      C[o + 3] = scale * c3 + (bias ? bias[j + 3] : 0);
    }
    for (; j < n; j++) {
      let c = 0;
      let pa = i * asi;
      let pb = j * bsj;
      for (let p = 0; p < k; p++) {
        c += A[pa] * B[pb];
        pa += asp;
        pb += bsp;
      }
      C[i * n + j] = scale * c + (bias ? bias[j] : 0);
    }
  }
}
