/** The tiled gemm against the plainest possible triple loop, in every stride layout forward and backward use. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemm } from '../../src/engine';
import { close } from './reference';

/** C[i·n + j] = scale · Σ_p A[i·asi + p·asp] · B[p·bsp + j·bsj] + bias[j], one multiply-add at a time. */
function naive(
  m: number,
  n: number,
  k: number,
  A: Float64Array,
  asi: number,
  asp: number,
  B: Float64Array,
  bsp: number,
  bsj: number,
  scale: number,
  bias: Float64Array | null,
): { c: Float64Array; mag: Float64Array } {
  const c = new Float64Array(m * n);
  // Σ|terms| per entry: the scale of rounding error any summation order may make.
  const mag = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let t = 0;
      for (let p = 0; p < k; p++) {
        s += A[i * asi + p * asp] * B[p * bsp + j * bsj];
        t += Math.abs(A[i * asi + p * asp] * B[p * bsp + j * bsj]);
      }
      c[i * n + j] = scale * s + (bias ? bias[j] : 0);
      mag[i * n + j] = Math.abs(scale) * t + (bias ? Math.abs(bias[j]) : 0);
    }
  }
  return { c, mag };
}

/** The three layouts the engine uses, as (asi, asp, bsp, bsj) for an m × k A and a k × n B. */
const LAYOUTS = {
  // forward: Z = X·Wᵀ, X rows × inputs row-major, W units × inputs row-major.
  'A row-major, B transposed (forward X·Wᵀ)': (_m: number, _n: number, k: number) => [k, 1, 1, k],
  // gradient: G = Δᵀ·A_prev, Δ rows × units row-major read transposed.
  'A transposed, B row-major (gradient Δᵀ·A)': (m: number, n: number) => [1, m, n, 1],
  // backward: Δ·W, both row-major.
  'both row-major (backward Δ·W)': (_m: number, n: number, k: number) => [k, 1, n, 1],
} as const;

const dim = fc.integer({ min: 1, max: 9 });
const value = fc.noBias(fc.integer({ min: -1e6, max: 1e6 })).map((v) => v / 1e5);

describe.each(Object.entries(LAYOUTS))('gemm with %s', (_name, layout) => {
  it('matches the naive triple loop for every shape from 1 to 9 in each dimension, with scale and bias', () => {
    const input = fc.record({ m: dim, n: dim, k: dim }).chain(({ m, n, k }) =>
      fc.record({
        m: fc.constant(m),
        n: fc.constant(n),
        k: fc.constant(k),
        a: fc.array(value, { minLength: m * k, maxLength: m * k }),
        b: fc.array(value, { minLength: k * n, maxLength: k * n }),
        bias: fc.option(fc.array(value, { minLength: n, maxLength: n })),
        scale: fc.constantFrom(1, 0.25, -1 / 3),
      }),
    );
    fc.assert(
      fc.property(input, ({ m, n, k, a, b, bias, scale }) => {
        const [asi, asp, bsp, bsj] = layout(m, n, k);
        const A = Float64Array.from(a);
        const B = Float64Array.from(b);
        const bv = bias ? Float64Array.from(bias) : null;
        // C is longer than m·n, filled with a sentinel: gemm must write the m × n block and nothing after it.
        const C = new Float64Array(m * n + 5).fill(12345);
        gemm(m, n, k, A, asi, asp, B, bsp, bsj, C, scale, bv);
        const want = naive(m, n, k, A, asi, asp, B, bsp, bsj, scale, bv);
        for (let i = 0; i < m * n; i++) expect(close(C[i], want.c[i], 0, 1e-14 * want.mag[i])).toBe(true);
        expect([...C.subarray(m * n)]).toEqual([12345, 12345, 12345, 12345, 12345]);
      }),
      { seed: 1234, numRuns: 300 },
    );
  });
});

describe('gemm', () => {
  it('overwrites C rather than adding to it', () => {
    const A = Float64Array.from([1, 2, 3, 4]);
    const C = new Float64Array(4).fill(100);
    gemm(2, 2, 2, A, 2, 1, A, 2, 1, C, 1, null);
    expect([...C]).toEqual([7, 10, 15, 22]);
  });

  it('with k = 0 gives just the bias', () => {
    const C = new Float64Array(6).fill(9);
    gemm(2, 3, 0, new Float64Array(0), 0, 1, new Float64Array(0), 3, 1, C, 1, Float64Array.from([1, 2, 3]));
    expect([...C]).toEqual([1, 2, 3, 1, 2, 3]);
  });
});
