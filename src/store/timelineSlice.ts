import type { StateCreator } from 'zustand';
import { dropHistory, forkHistory, historyOf, notifyTimeline } from './timelineRegistry';
import type { Store } from './types';
import type { WeightRef } from '../domain/weightRef';

/** The phase of a step being played in slow motion (the diagram highlights `layer`). */
export type StepPhase = { kind: 'forward' | 'loss' | 'backward' | 'update'; layer: number } | null;

export interface BranchInfo {
  id: number;
  label: string;
  /** The step this branch left its parent at (null for the first branch). */
  forkStep: number | null;
}

/** A step pinned for comparison: its weights are copied so thinning or discarding cannot lose them. */
export interface PinnedStep {
  step: number;
  branch: number;
  weights: Float64Array[];
}

export const MAX_BRANCHES = 6;
export const MAX_TRACKED = 8;

export interface TimelineSlice {
  branches: BranchInfo[];
  /** The branch training continues on. */
  branchId: number;
  /** The entry of the current branch shown now; null = the live head. */
  viewIndex: number | null;
  pinned: PinnedStep | null;
  /** Weights whose trajectories are drawn (at most MAX_TRACKED). */
  tracked: WeightRef[];
  phase: StepPhase;
  /** One step back on the timeline (the ← key). */
  timelineBack(): void;
  timelineForward(): void;
  /** Shows the last kept entry at or before step. */
  scrubTo(step: number): void;
  /** Shows entry i of the current branch. */
  scrubToIndex(i: number): void;
  returnToLive(): void;
  selectBranch(id: number): void;
  discardBranch(id: number): void;
  /** Pins the step shown now (null unpins). */
  pinStep(on: boolean): void;
  toggleTracked(r: WeightRef): void;
  setPhase(p: StepPhase): void;
  /** Used by the recorder: training or an edit left an earlier step, so a branch starts there. */
  forkFromView(): void;
  /** Used by the recorder: a new network, a new timeline. */
  restartTimeline(branch: number): void;
}

const sameRef = (a: WeightRef, b: WeightRef) => a.layer === b.layer && a.row === b.row && a.col === b.col;

export const createTimelineSlice: StateCreator<Store, [], [], TimelineSlice> = (set, get) => {
  /** Puts entry i's weights, velocities and data position back into the network and the trainer. */
  const show = (branch: number, i: number) => {
    const h = historyOf(branch);
    const s = get();
    if (!h || i < 0 || i >= h.count) return;
    s.pause();
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
    set({ branchId: branch, viewIndex: i === h.count - 1 ? null : i });
    s.refresh();
    notifyTimeline();
  };
  const current = () => historyOf(get().branchId);

  return {
    branches: [],
    branchId: -1,
    viewIndex: null,
    pinned: null,
    tracked: [],
    phase: null,

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
      const h = historyOf(id);
      if (h) show(id, h.count - 1);
    },
    discardBranch(id) {
      if (id === get().branchId) return;
      dropHistory(id);
      set({ branches: get().branches.filter((b) => b.id !== id) });
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
    forkFromView() {
      const s = get();
      const h = current();
      if (!h || s.viewIndex === null) return;
      const forkStep = h.step(s.viewIndex);
      const id = forkHistory(s.branchId, s.viewIndex);
      let branches = [...s.branches, { id, label: `branch ${id + 1} from step ${forkStep}`, forkStep }];
      let notice = s.notice;
      if (branches.length > MAX_BRANCHES) {
        const old = branches.find((b) => b.id !== s.branchId && b.id !== id)!;
        dropHistory(old.id);
        branches = branches.filter((b) => b !== old);
        notice = {
          kind: 'info',
          text: `Timeline: ${old.label} was discarded to make room (at most ${MAX_BRANCHES} branches).`,
        };
      }
      set({ branches, branchId: id, viewIndex: null, notice });
    },
    restartTimeline(branch) {
      set({
        branches: [{ id: branch, label: 'main run', forkStep: null }],
        branchId: branch,
        viewIndex: null,
        pinned: null,
        tracked: [],
        phase: null,
      });
    },
  };
};
