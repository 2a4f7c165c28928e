import type { Mlp } from '../engine';
import { afterEdit, afterReset, afterStep } from './hooks';
import { useStore } from './index';

/**
 * How many times each weight and bias has changed sign during training (strictly positive ↔ strictly
 * negative between consecutive steps, whether or not the step was recorded). Hand edits do not count: after
 * an edit the comparison starts again from the edited values. Counts go back to 0 when the network is
 * rebuilt. Listeners run after each counted step; they must be cheap.
 *
 *   getFlipCounts()[layer][i * inputs + j]  — weight from input j into unit i
 *   getBiasFlipCounts()[layer][i]           — bias of unit i
 *   subscribeFlips(() => redraw())          — returns an unsubscribe function
 */

let tracked: Mlp | null = null;
let prevW: Float64Array[] = [];
let prevB: Float64Array[] = [];
let countW: Uint32Array[] = [];
let countB: Uint32Array[] = [];
let version = 0;
const listeners = new Set<() => void>();

function startOver(m: Mlp): void {
  tracked = m;
  prevW = m.layers.map((l) => l.weights.slice());
  prevB = m.layers.map((l) => l.biases.slice());
  countW = m.layers.map((l) => new Uint32Array(l.weights.length));
  countB = m.layers.map((l) => new Uint32Array(l.biases.length));
  version++;
  notify();
}

function notify(): void {
  for (const l of listeners) l();
}

/** Counts the sign changes between prev and now, then copies now into prev (no allocation). */
function countInto(prev: Float64Array, now: Float64Array, count: Uint32Array): void {
  for (let i = 0; i < now.length; i++) {
    const a = prev[i],
      b = now[i];
    if ((a > 0 && b < 0) || (a < 0 && b > 0)) count[i]++;
    prev[i] = b;
  }
}

function sameShape(m: Mlp): boolean {
  return (
    m === tracked &&
    prevW.length === m.layers.length &&
    m.layers.every((l, i) => prevW[i].length === l.weights.length && prevB[i].length === l.biases.length)
  );
}

function onStep(m: Mlp): void {
  if (!sameShape(m)) return startOver(m);
  for (let l = 0; l < m.layers.length; l++) {
    countInto(prevW[l], m.layers[l].weights, countW[l]);
    countInto(prevB[l], m.layers[l].biases, countB[l]);
  }
  version++;
  notify();
}

function resync(m: Mlp): void {
  if (!sameShape(m)) return startOver(m);
  m.layers.forEach((l, i) => {
    prevW[i].set(l.weights);
    prevB[i].set(l.biases);
  });
}

afterStep.on((e) => onStep(e.mlp));
afterEdit.on((e) => resync(e.mlp));
afterReset.on((e) => startOver(e.mlp));
// A store replaced wholesale (resetStore, a loaded session) brings a new network without afterReset.
useStore.subscribe((s, p) => {
  if (s.mlp !== p.mlp && s.mlp !== tracked) startOver(s.mlp);
});
startOver(useStore.getState().mlp);

/** Sign changes per weight, one array per layer (row-major like layer.weights). Do not mutate. */
export const getFlipCounts = (): readonly Uint32Array[] => countW;
/** Sign changes per bias, one array per layer. Do not mutate. */
export const getBiasFlipCounts = (): readonly Uint32Array[] => countB;
/** Bumped whenever the counts change or restart. */
export const getFlipVersion = (): number => version;
/** Calls listener after every counted step and every restart; returns the unsubscribe function. */
export function subscribeFlips(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
/** Sign changes of one weight (col = input index) or bias (col = 'bias'). */
export function flipCountOf(layer: number, row: number, col: number | 'bias', inputs: number): number {
  if (col === 'bias') return countB[layer]?.[row] ?? 0;
  return countW[layer]?.[row * inputs + col] ?? 0;
}
