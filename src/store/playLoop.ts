/** The play loop's pacing: how much of each animation frame training may take. */
import type { Store } from './types';

/** Share of a frame's training budget that measuring the losses may take on average. */
export const MEASURE_SHARE = 0.25;
/** Training time per animation frame: the rest of a 60 Hz frame is left to React and the canvases. */
const FRAME_BUDGET_MS = 5;

/** What the play loop learns about this machine: per-batch and per-measurement cost (ms), kept outside the state. */
export interface Pace {
  batchMs: number;
  measureMs: number;
  lastMeasure: number;
  /** Id of the current play loop. */
  loop: number;
}

/**
 * The play loop: one training frame per animation frame while playing; a newer loop retires older ones. When
 * frames arrive late (a slow machine, a busy page) the training budget shrinks, and grows back when they are on
 * time, so training never takes the frames the page needs to stay responsive.
 */
export function startLoop(get: () => Store, pace: Pace, id: number): void {
  let budget = FRAME_BUDGET_MS;
  let last = 0;
  const frame = (t: number) => {
    if (id !== pace.loop) return;
    if (!get().playing) {
      // Paused: the figures shown must describe the weights shown.
      if (get().metricsStep !== get().step) get().refresh();
      return;
    }
    if (last) budget = t - last > 20 ? Math.max(2, budget * 0.7) : Math.min(FRAME_BUDGET_MS, budget + 0.5);
    last = t;
    get().trainFrame(budget);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
