import { sameRef } from '../domain/weightRef';
import { MAX_TRACKED, touch, type Ctx } from './core';
import type { TimelineActions } from './types';

/** Rewinding, branches, pins and tracked weights: the timeline of the current network. */
export function timelineActions(ctx: Ctx): TimelineActions {
  const { get, set } = ctx;
  const current = () => ctx.owned.histories.get(get().branchId);

  /** Puts entry i's weights, velocities and data position back into the network and the trainer. */
  const show = (branch: number, i: number) => {
    const h = ctx.owned.histories.get(branch);
    const s = get();
    if (!h || i < 0 || i >= h.count || s.datasetLoading) return;
    const m = s.mlp;
    const vW = m.layers.map((l) => new Float64Array(l.weights.length));
    const vB = m.layers.map((l) => new Float64Array(l.biases.length));
    h.restore(
      i,
      m.layers.map((l) => l.weights),
      m.layers.map((l) => l.biases),
      vW,
      vB,
    );
    s.trainer.resume(h.checkpoint(i), { vW, vB });
    ctx.owned.flips.resync(m);
    set(touch(ctx, true, { playing: false, branchId: branch, viewIndex: i === h.count - 1 ? null : i }));
  };

  return {
    timelineBack() {
      const h = current();
      if (!h || h.count < 2) return;
      const v = get().viewIndex ?? h.count - 1;
      show(get().branchId, Math.max(0, v - 1));
    },
    timelineForward() {
      const h = current();
      const v = get().viewIndex;
      if (!h || v === null) return;
      show(get().branchId, Math.min(h.count - 1, v + 1));
    },
    scrubTo(step) {
      const h = current();
      if (h) show(get().branchId, h.indexAtStep(step));
    },
    scrubToIndex(i) {
      show(get().branchId, i);
    },
    returnToLive() {
      const h = current();
      if (h && get().viewIndex !== null) show(get().branchId, h.count - 1);
    },
    selectBranch(id) {
      const h = ctx.owned.histories.get(id);
      if (h) show(id, h.count - 1);
    },
    discardBranch(id) {
      const s = get();
      if (id === s.branchId) return;
      ctx.owned.histories.drop(id);
      set({ branches: s.branches.filter((b) => b.id !== id), timelineVersion: s.timelineVersion + 1 });
    },
    pinStep(on) {
      if (!on) return set({ pinned: null });
      const s = get();
      set({
        pinned: {
          step: s.trainer.step,
          branch: s.branchId,
          weights: s.mlp.layers.map((l) => l.weights.slice()),
        },
      });
    },
    toggleTracked(r) {
      const t = get().tracked;
      if (t.some((x) => sameRef(x, r))) set({ tracked: t.filter((x) => !sameRef(x, r)) });
      else set({ tracked: [...t, r].slice(-MAX_TRACKED) });
    },
    setPhase(phase) {
      set({ phase });
    },
    historyOf: (branch) => ctx.owned.histories.get(branch),
    historyBytes: () => ctx.owned.histories.bytes(),
    flipCounts: () => ctx.owned.flips.counts(),
    biasFlipCounts: () => ctx.owned.flips.biasCounts(),
    flipCountOf: (layer, row, col, inputs) => ctx.owned.flips.countOf(layer, row, col, inputs),
  };
}
