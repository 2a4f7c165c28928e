import type { Mlp } from './mlp';

/**
 * Inverted dropout on hidden layers. During a training step each hidden unit's output is, per sample, kept
 * and scaled by 1/(1 − p) with probability 1 − p, or set to 0 with probability p; so a unit's expected
 * output is unchanged and evaluation simply uses the whole network. The output layer is never dropped.
 *
 * The masks come from their own generator, seeded from (dropout seed, step number) alone: the batch order's
 * generator is never touched (a run with p = 0 replays exactly as before dropout existed), and a step's
 * masks do not depend on how the trainer got there (a resumed or replayed step drops the same units).
 */
export const MAX_DROPOUT = 0.9;

/** Per layer rows × units: the mask (0 or 1/(1 − p)) and each unit's output before the mask. Output layer: empty. */
export interface DropoutBuffers {
  rows: number;
  mask: Float64Array[];
  pre: Float64Array[];
}

export function createDropoutBuffers(m: Mlp, rows: number): DropoutBuffers {
  const last = m.layers.length - 1;
  const size = (l: number, units: number) => (l < last ? rows * units : 0);
  return {
    rows,
    mask: m.layers.map((l, i) => new Float64Array(size(i, l.units))),
    pre: m.layers.map((l, i) => new Float64Array(size(i, l.units))),
  };
}

/** The seed of the dropout stream, derived from the run's seed (a different constant from the batch order's). */
export const dropoutSeedOf = (seed: number): number => (seed ^ 0x85ebca6b) >>> 0;

/** The mask generator's starting state for a step (0 = the first step of a run). */
export const dropoutState = (seed: number, step: number): number =>
  (seed ^ Math.imul(step + 1, 0x9e3779b1)) >>> 0;

/**
 * Fills the masks of every hidden layer for rows samples, layer by layer, each row-major (sample, unit),
 * from mulberry32 started at state (the same generator as rng.ts, inlined so a step allocates nothing):
 * a unit is dropped when its uniform draw u < p.
 */
export function fillDropoutMasks(m: Mlp, buf: DropoutBuffers, rows: number, p: number, state: number): void {
  let s = state | 0;
  const keep = 1 / (1 - p);
  for (let l = 0; l < m.layers.length - 1; l++) {
    const mask = buf.mask[l];
    const n = rows * m.layers[l].units;
    for (let i = 0; i < n; i++) {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      mask[i] = u < p ? 0 : keep;
    }
  }
}

/** For each unit of a layer, the fraction of the batch's samples in which it was dropped. */
export function droppedFractions(mask: Float64Array, rows: number, units: number): Float64Array {
  const out = new Float64Array(units);
  for (let r = 0; r < rows; r++) for (let u = 0; u < units; u++) if (mask[r * units + u] === 0) out[u]++;
  for (let u = 0; u < units; u++) out[u] /= rows;
  return out;
}
