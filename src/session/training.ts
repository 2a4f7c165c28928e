import type { StepRecord } from '../engine';
import { autoStopAfterFrame } from './autoStopCheck';
import { forkIfRewound, touch, type Ctx } from './core';
import { divergedPatch } from './diverged';
import { remotePlay, type RemotePlay } from './remote';
import type { SessionState } from './types';

/** Share of a frame's training budget that measuring the losses may take on average. */
export const MEASURE_SHARE = 0.25;
/** Training time per animation frame: the rest of a 60 Hz frame is left to React and the canvases. */
const FRAME_BUDGET_MS = 5;
/** Batches in one frame at most, whatever the clock says (a stopped clock in a test must not hang). */
const MAX_PER_FRAME = 20_000;

/**
 * A run of batches as one action: each step is stored on the timeline and counted for sign flips as it is
 * taken (allocating nothing), the last one is recorded for the inspector when asked, and the caller publishes
 * the result once. A divergence stops the run with the last good weights kept.
 */
export function trainBatches(
  ctx: Ctx,
  count: number,
  recordLast: boolean,
  until?: () => boolean,
  into: Partial<SessionState> = {},
): { patch: Partial<SessionState>; done: number; ok: boolean } {
  const s = ctx.get();
  if (s.datasetLoading) return { patch: into, done: 0, ok: false };
  // A run continued within one action (play's frame) has forked already: its patch says so.
  const patch: Partial<SessionState> = 'viewIndex' in into ? into : { ...into, ...forkIfRewound(ctx) };
  const branch = patch.branchId ?? s.branchId;
  const { trainer, mlp } = s;
  const { histories, flips } = ctx.owned;
  let rec: StepRecord | null = null;
  let done = 0;
  for (; done < count; done++) {
    if (until && done > 0 && until()) break;
    const o = trainer.trainBatch(recordLast && done === count - 1);
    if (!o.ok) {
      Object.assign(patch, divergedPatch(ctx, o.divergence));
      return { patch, done, ok: false };
    }
    if (o.record) rec = o.record;
    histories.record(branch, mlp, trainer, o.loss);
    flips.afterStep(mlp);
  }
  if (rec) patch.lastRecord = rec;
  return { patch, done, ok: true };
}

/**
 * One animation frame of play: as many batches as fit the budget, then one state change. Returns the
 * milliseconds spent training (measuring and publishing excluded).
 */
export function trainFrame(ctx: Ctx, budgetMs: number): number {
  const s = ctx.get();
  const pace = ctx.owned.pace;
  const now = ctx.host.now;
  const t0 = now();
  // Measuring the whole train and test set is the frame's biggest fixed cost on big data: it runs every frame
  // while it costs ≤ MEASURE_SHARE of the budget, otherwise only as often as keeps its average at that share.
  const measureNow =
    pace.measureMs <= MEASURE_SHARE * budgetMs || t0 - pace.lastMeasure >= pace.measureMs / MEASURE_SHARE;
  const trainBudget = budgetMs - (measureNow ? pace.measureMs : 0);
  const most = s.speed > 0 ? s.speed : Infinity;
  let spentBefore = 0;
  // Unrecorded batches while there is time for at least two more (the per-batch cost is learned as they go);
  // the frame's last batch is recorded for the inspector.
  const first = trainBatches(ctx, (most === Infinity ? MAX_PER_FRAME : most) - 1, false, () => {
    const spent = now() - t0;
    pace.batchMs = 0.9 * pace.batchMs + 0.1 * (spent - spentBefore);
    spentBefore = spent;
    return spent + 2 * pace.batchMs > trainBudget;
  });
  const { patch, ok } = first.ok
    ? trainBatches(ctx, 1, true, undefined, { viewIndex: null, ...first.patch })
    : first;
  const m0 = now();
  if (!ok) {
    ctx.set(touch(ctx, true, patch));
    return m0 - t0;
  }
  if (!measureNow) {
    ctx.set(touch(ctx, false, patch));
    return m0 - t0;
  }
  ctx.set(touch(ctx, true, patch));
  const m1 = now();
  pace.measureMs = 0.7 * pace.measureMs + 0.3 * (m1 - m0);
  pace.lastMeasure = m1;
  return m0 - t0;
}

/**
 * The next frame's training budget. A late frame shrinks it only when the frame would have been on time
 * without the training in it: on a machine busy with other work (or a page slow to draw), frames are late
 * whatever play trains, and training less would only slow learning without bringing the frames back.
 * On-time frames grow it back.
 */
export function nextBudget(budget: number, intervalMs: number, trainMs: number): number {
  if (intervalMs <= LATE_FRAME_MS) return Math.min(FRAME_BUDGET_MS, budget + 0.5);
  return intervalMs - trainMs <= LATE_FRAME_MS ? Math.max(2, budget * 0.7) : budget;
}
/** A frame later than this (ms) is late (60 Hz with some slack). */
const LATE_FRAME_MS = 20;

/**
 * The play loop: one training frame per animation frame while playing; a newer loop retires older ones. When
 * frames arrive late because of play's training the budget shrinks, and grows back when they are on
 * time. With a training backend (the page's Worker) and speed "max", the batches are trained there and each
 * frame publishes what arrived (remote.ts); at a set speed, or without one, they are trained here.
 */
export function startLoop(ctx: Ctx): void {
  const pace = ctx.owned.pace;
  const id = ++pace.loop;
  let budget = FRAME_BUDGET_MS;
  let last = 0;
  let trained = 0;
  let remote: RemotePlay | null = null;
  const frame = (t: number) => {
    if (id !== pace.loop) {
      remote?.stop();
      return;
    }
    const s = ctx.get();
    if (!s.playing) {
      remote?.stop();
      // Paused: the figures shown must describe the weights shown.
      if (s.metricsStep !== s.step) ctx.set(touch(ctx, true));
      return;
    }
    const backend = s.speed === 0 && s.trainer.data === s.train ? ctx.host.trainer : undefined;
    if (backend) {
      remote ??= remotePlay(ctx, backend);
      pace.stopRemote = remote.stop;
      remote.frame(t);
    } else {
      remote?.stop();
      remote = null;
      if (last) budget = nextBudget(budget, t - last, trained);
      last = t;
      trained = trainFrame(ctx, budget);
    }
    autoStopAfterFrame(ctx);
    ctx.host.frame(frame);
  };
  ctx.host.frame(frame);
}
