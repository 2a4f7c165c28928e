import { applyPruneMask, type Layer } from '../engine';
import { refLabel } from '../domain/weightRef';
import { editApplied, pushUndo, touch, worldPatch, type Ctx } from './core';
import { applyData } from './model';
import { fitScales } from './scales';
import { restoreParams, sameParams, snapshotParams } from './params';
import type { BrushTool, EditEntry, EditsActions, PaintActions, SessionState } from './types';

export const BRUSH_TOOLS: readonly BrushTool[] = ['set', 'add', 'multiply', 'zero', 'flip', 'inspect'];

export const BRUSH_INFO: Record<BrushTool, { label: string; verb: string; usesValue: boolean }> = {
  set: { label: 'Set', verb: 'set', usesValue: true },
  add: { label: 'Add', verb: 'add', usesValue: true },
  multiply: { label: 'Multiply', verb: 'multiply', usesValue: true },
  zero: { label: 'Zero', verb: 'zero', usesValue: false },
  flip: { label: 'Flip sign', verb: 'flip sign of', usesValue: false },
  inspect: { label: 'Inspect', verb: 'inspect', usesValue: false },
};

/** What a brush does to one weight w. */
export function applyBrush(tool: BrushTool, value: number, w: number): number {
  switch (tool) {
    case 'set':
      return value;
    case 'add':
      return w + value;
    case 'multiply':
      return w * value;
    case 'zero':
      return 0;
    case 'flip':
      return -w;
    default:
      return w;
  }
}

/** Whether a weight or bias can be changed by hand: pruned weights stay 0, a layer without bias has none. */
export function isPaintable(layer: Layer, row: number, col: number | 'bias'): boolean {
  if (col === 'bias') return layer.useBias && row < layer.units;
  return row < layer.units && col < layer.inputs && !layer.pruned?.[row * layer.inputs + col];
}

function writeWeight(layer: Layer, row: number, col: number | 'bias', v: number): void {
  if (col === 'bias') layer.biases[row] = v;
  else layer.weights[row * layer.inputs + col] = v;
}

export function readWeight(layer: Layer, row: number, col: number | 'bias'): number {
  return col === 'bias' ? layer.biases[row] : layer.weights[row * layer.inputs + col];
}

/** Puts one side of an undo entry in place. */
function applyEntry(ctx: Ctx, e: EditEntry, side: 'before' | 'after', label: string): void {
  const s = ctx.get();
  if (e.kind === 'params') {
    restoreParams(s.mlp, e[side]);
    editApplied(ctx, label);
  } else if (e.kind === 'data') {
    applyData(ctx, e[side], label);
  } else if (e.kind === 'session') {
    // Undo of "New" puts the whole session back; its redo starts over again.
    if (side === 'before') void s.restoreSaved(e.before);
    else s.startOver();
  } else {
    ctx.set(touch(ctx, false, worldPatch(ctx, e[side])));
  }
}

export function editActions(ctx: Ctx): EditsActions {
  const { get, set } = ctx;
  const stop = () => {
    if (get().playing) set({ playing: false });
  };
  const actions: EditsActions = {
    beginEdit(label) {
      stop();
      const s = get();
      if (s.openEdit || s.datasetLoading) return;
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
        ...pushUndo(ctx, { kind: 'params', label: open.label, before: open.before, after }),
      });
      editApplied(ctx, open.label);
    },
    cancelEdit() {
      const s = get();
      if (!s.openEdit) return;
      restoreParams(s.mlp, s.openEdit.before);
      set({ openEdit: null });
      set(touch(ctx, true));
    },
    editWeights(label, mutate) {
      get().beginEdit(label);
      if (!get().openEdit) return;
      mutate(get().mlp);
      get().commitEdit();
    },
    prune(masks, label) {
      get().editWeights(label, (m) =>
        m.layers.forEach((l, k) => {
          l.pruned = masks[k]?.some((v) => v) ? masks[k].slice() : null;
          applyPruneMask(l);
        }),
      );
    },
    clearPruning() {
      get().editWeights('clear pruning', (m) => m.layers.forEach((l) => (l.pruned = null)));
    },
    undo() {
      stop();
      const s = get();
      const e = s.undoStack[s.undoStack.length - 1];
      if (!e || s.openEdit) return;
      set({ undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, e] });
      applyEntry(ctx, e, 'before', `undo: ${e.label}`);
    },
    redo() {
      stop();
      const s = get();
      const e = s.redoStack[s.redoStack.length - 1];
      if (!e || s.openEdit) return;
      set({ redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, e] });
      applyEntry(ctx, e, 'after', `redo: ${e.label}`);
    },
  };
  return actions;
}

export function paintActions(ctx: Ctx): PaintActions {
  const { get, set } = ctx;
  return {
    setBrushTool: (brushTool) => set({ brushTool }),
    setBrushValue: (v) => {
      if (Number.isFinite(v)) set({ brushValue: v });
    },
    setTableView: (tableView) => set({ tableView }),
    fitScales() {
      set({ scales: fitScales(get().mlp), scaleNote: null });
    },
    beginStroke() {
      ctx.owned.stroke = new Set();
      const t = get().brushTool;
      if (t !== 'inspect') get().beginEdit(`paint (${BRUSH_INFO[t].verb})`);
    },
    paintCell(r) {
      const s = get();
      const key = `${r.layer}:${r.row}:${r.col}`;
      if (ctx.owned.stroke.has(key)) return false;
      ctx.owned.stroke.add(key);
      if (s.brushTool === 'inspect') {
        s.setSelected(r);
        return false;
      }
      const layer = s.mlp.layers[r.layer];
      if (!s.openEdit || !layer || !isPaintable(layer, r.row, r.col)) return false;
      const before = readWeight(layer, r.row, r.col);
      const after = applyBrush(s.brushTool, s.brushValue, before);
      if (!Number.isFinite(after) || Object.is(after, before)) return false;
      writeWeight(layer, r.row, r.col, after);
      // Show the stroke as it goes: the version moves, canvases follow; losses are measured on commit.
      set({ version: s.version + 1 } as Partial<SessionState>);
      return true;
    },
    endStroke() {
      ctx.owned.stroke = new Set();
      if (get().openEdit) get().commitEdit();
    },
    setWeightValue(r, v) {
      const s = get();
      const layer = s.mlp.layers[r.layer];
      if (!layer || !Number.isFinite(v) || !isPaintable(layer, r.row, r.col)) return;
      s.editWeights(`type ${refLabel(r)} = ${v}`, (m) => writeWeight(m.layers[r.layer], r.row, r.col, v));
    },
  };
}
