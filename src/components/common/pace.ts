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
