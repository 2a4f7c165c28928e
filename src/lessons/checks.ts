import type { Mlp } from '../engine';
import type { LessonContext } from './types';

/** Weights that were strictly positive at the lesson's start and are strictly negative now, per layer. */
export function turnedNegative(m: Mlp, start: LessonContext['start']): number[] {
  return m.layers.map((l, k) => {
    let n = 0;
    const s = start.w[k];
    if (!s || s.length !== l.weights.length) return 0;
    for (let i = 0; i < s.length; i++) if (s[i] > 0 && l.weights[i] < 0) n++;
    return n;
  });
}

export function countWhere(m: Mlp, pred: (w: number) => boolean): number {
  let n = 0;
  for (const l of m.layers) for (const w of l.weights) if (pred(w)) n++;
  return n;
}

export function totalWeights(m: Mlp): number {
  return m.layers.reduce((s, l) => s + l.weights.length, 0);
}

/** Reads a number from the lesson memory (0 when unset). */
export const num = (mem: Record<string, unknown>, key: string): number =>
  typeof mem[key] === 'number' ? (mem[key] as number) : 0;

export const pct = (x: number | null): string => (x == null ? '–' : `${Math.round(x * 100)}%`);
