/**
 * Train and test loss over steps, kept cheap however long training runs: at most MAX points; when full, every
 * other point is dropped and new points are taken half as often (the chart stays evenly sampled).
 */
export interface LossHistory {
  steps: number[];
  train: number[];
  test: number[];
  /** Minimum number of steps between two kept points. */
  stride: number;
}

export const LOSS_HISTORY_MAX = 1000;

export function emptyLossHistory(): LossHistory {
  return { steps: [], train: [], test: [], stride: 1 };
}

/** Returns a new history with the point appended (the inputs are not mutated, so React sees a change). */
export function appendLoss(
  h: LossHistory,
  step: number,
  train: number,
  test: number,
  max = LOSS_HISTORY_MAX,
): LossHistory {
  const last = h.steps.length ? h.steps[h.steps.length - 1] : -Infinity;
  if (step === last) {
    // Measured again at the same step (weights edited by hand, a lesson's weights set): the newer figure wins.
    return { ...h, train: [...h.train.slice(0, -1), train], test: [...h.test.slice(0, -1), test] };
  }
  if (step - last < h.stride && h.steps.length > 0) return h;
  let { steps, train: tr, test: te, stride } = h;
  steps = [...steps, step];
  tr = [...tr, train];
  te = [...te, test];
  if (steps.length > max) {
    // Even positions only: keeping an odd-positioned newest point too would leave a gap shorter than the stride.
    const keep = (_: number, i: number) => i % 2 === 0;
    steps = steps.filter(keep);
    tr = tr.filter(keep);
    te = te.filter(keep);
    stride *= 2;
  }
  return { steps, train: tr, test: te, stride };
}
