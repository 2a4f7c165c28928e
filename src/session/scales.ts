import { formatNumber } from '../format/display';

import type { Layer, Mlp } from '../engine';

/**
 * The colour scale's half-range. It is fixed while training, so a colour means the same number from one
 * step to the next; it widens only when a value leaves it (and the UI says so), and fits again on request
 * or when the network is rebuilt. The session updates it in the same state change as the weights.
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

/** Largest finite |v| of several arrays (0 when all are empty or zero). */
export function largestMagnitude(arrays: ArrayLike<number>[]): number {
  let m = 0;
  for (const a of arrays)
    for (let i = 0; i < a.length; i++) {
      const v = Math.abs(a[i]);
      if (v > m && v !== Infinity) m = v;
    }
  return m;
}

const layerMax = (l: Layer) => largestMagnitude([l.weights, l.biases]);

export const fitScales = (m: Mlp): number[] => m.layers.map((l) => fitScale(layerMax(l)));

/** The scales after the weights changed: the same array when none widened, else the new ones and why. */
export function widenScales(m: Mlp, scales: number[]): { scales: number[]; note: string } | null {
  if (scales.length !== m.layers.length) return { scales: fitScales(m), note: '' };
  let changed = false;
  const notes: string[] = [];
  const next = scales.map((cur, i) => {
    const top = layerMax(m.layers[i]);
    const n = nextScale(cur, top);
    if (n.max !== cur) {
      changed = true;
      notes.push(`layer ${i + 1} to ±${n.max} (a value reached ${formatNumber(top)})`);
    }
    return n.max;
  });
  return changed ? { scales: next, note: `Colour scale widened: ${notes.join('; ')}.` } : null;
}
