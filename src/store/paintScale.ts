/**
 * The colour scale's half-range. It is fixed while training, so a colour means the same number from one
 * step to the next; it widens only when a value leaves it (and the UI says so), and fits again on request
 * or when the network is rebuilt.
 */

const NICE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "nice" number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) ≥ x. */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  for (const n of NICE) if (n * p >= x * (1 - 1e-12)) return n * p;
  return 10 * p;
}

/** The scale that fits values whose largest magnitude is m. */
export const fitScale = (m: number): number => niceCeil(Math.max(m, 1e-3));

/** Keeps the scale while every value is inside it; otherwise widens it to fit. */
export function nextScale(current: number, m: number): { max: number; widened: boolean } {
  if (current > 0 && m <= current) return { max: current, widened: false };
  return { max: fitScale(m), widened: current > 0 };
}

/** Largest |v| of several arrays (0 when all are empty or zero). */
export function largestMagnitude(arrays: ArrayLike<number>[]): number {
  let m = 0;
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > m) m = Math.abs(a[i]);
  return m;
}
