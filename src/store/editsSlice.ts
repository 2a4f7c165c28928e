import type { StateCreator } from 'zustand';
import type { Mlp } from '../engine';
import { afterEdit } from './hooks';
import type { Store } from './types';

/** Weights and biases of every layer, copied. */
export interface ParamSnapshot {
  w: Float64Array[];
  b: Float64Array[];
}

export interface EditEntry {
  label: string;
  before: ParamSnapshot;
  after: ParamSnapshot;
}

export function snapshotParams(m: Mlp): ParamSnapshot {
  return { w: m.layers.map((l) => l.weights.slice()), b: m.layers.map((l) => l.biases.slice()) };
}

export function restoreParams(m: Mlp, s: ParamSnapshot): void {
  m.layers.forEach((l, i) => {
    l.weights.set(s.w[i]);
    l.biases.set(s.b[i]);
  });
}

function sameParams(a: ParamSnapshot, b: ParamSnapshot): boolean {
  for (let l = 0; l < a.w.length; l++) {
    const x = a.w[l],
      y = b.w[l];
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    const p = a.b[l],
      q = b.b[l];
    for (let i = 0; i < p.length; i++) if (!Object.is(p[i], q[i])) return false;
  }
  return true;
}

const MAX_UNDO = 200;

/**
 * Hand edits of weights as undoable actions. An edit is opened (training pauses, the weights are copied),
 * the weights are changed any number of times (a paint stroke across many cells), and closed: one entry.
 */
export interface EditsSlice {
  undoStack: EditEntry[];
  redoStack: EditEntry[];
  /** The open edit, if a stroke is in progress. */
  openEdit: { label: string; before: ParamSnapshot } | null;
  beginEdit(label: string): void;
  /** Closes the open edit; pushes it on the undo stack if it changed anything. */
  commitEdit(): void;
  /** Puts the weights back as they were when the open edit began. */
  cancelEdit(): void;
  /** One-shot edit: opens, applies mutate, closes. */
  editWeights(label: string, mutate: (m: Mlp) => void): void;
  undo(): void;
  redo(): void;
}

export const createEditsSlice: StateCreator<Store, [], [], EditsSlice> = (set, get) => {
  const applied = (label: string) => {
    const s = get();
    s.trainer.resetVelocity();
    s.refresh();
    afterEdit.emit({ label, mlp: s.mlp, step: s.trainer.step });
  };
  return {
    undoStack: [],
    redoStack: [],
    openEdit: null,
    beginEdit(label) {
      const s = get();
      s.pause();
      if (s.openEdit) return;
      set({ openEdit: { label, before: snapshotParams(s.mlp) } });
    },
    commitEdit() {
      const s = get();
      const open = s.openEdit;
      if (!open) return;
      const after = snapshotParams(s.mlp);
      if (sameParams(open.before, after)) {
        set({ openEdit: null });
        return;
      }
      set({
        openEdit: null,
        undoStack: [...s.undoStack.slice(-MAX_UNDO + 1), { label: open.label, before: open.before, after }],
        redoStack: [],
      });
      applied(open.label);
    },
    cancelEdit() {
      const s = get();
      if (!s.openEdit) return;
      restoreParams(s.mlp, s.openEdit.before);
      set({ openEdit: null });
      s.refresh();
    },
    editWeights(label, mutate) {
      const s = get();
      s.beginEdit(label);
      mutate(s.mlp);
      get().commitEdit();
    },
    undo() {
      const s = get();
      s.pause();
      const e = s.undoStack[s.undoStack.length - 1];
      if (!e) return;
      restoreParams(s.mlp, e.before);
      set({ undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, e] });
      applied(`undo: ${e.label}`);
    },
    redo() {
      const s = get();
      s.pause();
      const e = s.redoStack[s.redoStack.length - 1];
      if (!e) return;
      restoreParams(s.mlp, e.after);
      set({ redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, e] });
      applied(`redo: ${e.label}`);
    },
  };
};
