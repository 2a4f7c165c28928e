/**
 * How often a figure over a whole data set (a forward pass over thousands of images) is recomputed while
 * play publishes new weights: at most every `minMs`, and no more often than keeps its cost to SHARE of the
 * page's time, so the frames (and the heatmaps) keep coming. Paused, figures are always exact.
 */
export const SHARE = 0.1;

/** Milliseconds to wait after a recomputation that took `costMs` before the next one, while playing. */
export function playingWait(costMs: number, minMs: number): number {
  return Math.max(minMs, costMs / SHARE);
}

/** A figure as computed: at which version of the store, when, and how long it took (ms). */
export interface ComputedAt {
  version: number;
  time: number;
  cost: number;
}

/**
 * Whether a figure must be recomputed at time `now` for the store at `version`: always when the weights moved
 * and play is paused; while playing, only once play's pace for its cost has passed.
 */
export function recomputeDue(
  at: ComputedAt,
  version: number,
  playing: boolean,
  now: number,
  minMs = 0,
): boolean {
  if (at.version === version) return false;
  return !playing || now - at.time >= playingWait(at.cost, minMs);
}
