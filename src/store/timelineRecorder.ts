import type { Mlp } from '../engine';
import { afterEdit, afterReset, afterSetting, afterStep } from './hooks';
import { useStore } from './index';
import type { Checkpoint } from '../history/timelineHistory';
import { historyOf, notifyTimeline, startHistories } from './timelineRegistry';

/**
 * Follows training into the timeline: every step's weights are recorded on the current branch; hand edits
 * and setting changes are marked; training or editing while an earlier step is shown forks a new branch
 * there. Import it once (the timeline and inspector views do) for the recording to run.
 */

let tracked: Mlp | null = null;
const cp: Checkpoint = { step: 0, epoch: 0, cursor: 0, epochRngState: 0 };

function record(m: Mlp, loss: number): number {
  const s = useStore.getState();
  if (m !== tracked) return restart(m);
  if (s.viewIndex !== null) s.forkFromView();
  const h = historyOf(useStore.getState().branchId);
  if (!h) return -1;
  const t = s.trainer;
  cp.step = t.step;
  cp.epoch = t.epoch;
  cp.cursor = t.cursor;
  cp.epochRngState = t.epochRngState;
  // Recording must not allocate: read the live velocities, not trainer.velocity()'s copies.
  const v = t.liveVelocity();
  let w = weightsOf.get(m);
  if (!w) weightsOf.set(m, (w = [m.layers.map((l) => l.weights), m.layers.map((l) => l.biases)]));
  return h.record(w[0], w[1], v.vW, v.vB, cp, loss);
}
const weightsOf = new WeakMap<Mlp, [Float64Array[], Float64Array[]]>();

function restart(m: Mlp): number {
  tracked = m;
  const id = startHistories(m);
  useStore.getState().restartTimeline(id);
  const s = useStore.getState();
  return record(m, s.metrics.trainLoss);
}

afterStep.on((e) => {
  record(e.mlp, e.loss);
  notifyTimeline();
});
afterEdit.on((e) => {
  const i = record(e.mlp, NaN);
  historyOf(useStore.getState().branchId)?.mark(i, { kind: 'edit', label: e.label });
  notifyTimeline();
});
afterSetting.on((e) => {
  const s = useStore.getState();
  const h = historyOf(s.branchId);
  if (!h) return;
  h.mark(s.viewIndex ?? h.count - 1, { kind: 'setting', label: e.keys.join(', ') });
  notifyTimeline();
});
afterReset.on((e) => {
  restart(e.mlp);
});
// A store replaced wholesale (resetStore, a loaded session) brings a new network without afterReset.
useStore.subscribe((s, p) => {
  if (s.mlp !== p.mlp && s.mlp !== tracked) restart(s.mlp);
});
restart(useStore.getState().mlp);
