import type { StateCreator } from 'zustand';
import type { Layer, Mlp } from '../engine';
import { fitScale, largestMagnitude, nextScale } from './paintScale';
import type { Store } from './types';
import { refLabel, type WeightRef } from '../domain/weightRef';

export type BrushTool = 'set' | 'add' | 'multiply' | 'zero' | 'flip' | 'inspect';

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

/** Brush, table view and the heatmaps' colour scales. */
export interface PaintSlice {
  brushTool: BrushTool;
  /** The value the set / add / multiply brushes use. */
  brushValue: number;
  tableView: boolean;
  /** Half-range of each layer's colour scale; fixed until a value leaves it. */
  scales: number[];
  /** Says that (and why) a scale widened; null when nothing to say. */
  scaleNote: string | null;
  setBrushTool(t: BrushTool): void;
  setBrushValue(v: number): void;
  setTableView(on: boolean): void;
  /** Fits every layer's scale to its current values. */
  fitScales(): void;
  /** Widens the scales that values have left (call when the version moves). */
  updateScales(): void;
  /** Opens a stroke: one undoable action however many cells it touches. */
  beginStroke(): void;
  /** Applies the brush to one cell, once per stroke; returns whether the weight changed. */
  paintCell(r: WeightRef): boolean;
  endStroke(): void;
  /** Types an exact value into one weight or bias (one undoable action). */
  setWeightValue(r: WeightRef, v: number): void;
}

const layerMax = (l: Layer) => largestMagnitude([l.weights, l.biases]);

export const createPaintSlice: StateCreator<Store, [], [], PaintSlice> = (set, get) => {
  let scaledFor: Mlp | null = null;
  let visited = new Set<string>();
  return {
    brushTool: 'set',
    brushValue: 1,
    tableView: false,
    scales: [],
    scaleNote: null,
    setBrushTool: (brushTool) => set({ brushTool }),
    setBrushValue: (v) => {
      if (Number.isFinite(v)) set({ brushValue: v });
    },
    setTableView: (tableView) => set({ tableView }),
    fitScales() {
      const m = get().mlp;
      scaledFor = m;
      set({ scales: m.layers.map((l) => fitScale(layerMax(l))), scaleNote: null });
    },
    updateScales() {
      const s = get();
      if (s.mlp !== scaledFor || s.scales.length !== s.mlp.layers.length) return s.fitScales();
      let changed = false;
      const notes: string[] = [];
      const scales = s.scales.map((cur, i) => {
        const m = layerMax(s.mlp.layers[i]);
        const n = nextScale(cur, m);
        if (n.max !== cur) {
          changed = true;
          notes.push(`layer ${i + 1} to ±${n.max} (a value reached ${m.toPrecision(3)})`);
        }
        return n.max;
      });
      if (changed) set({ scales, scaleNote: `Colour scale widened: ${notes.join('; ')}.` });
    },
    beginStroke() {
      visited = new Set();
      const t = get().brushTool;
      if (t !== 'inspect') get().beginEdit(`paint (${BRUSH_INFO[t].verb})`);
    },
    paintCell(r) {
      const s = get();
      const key = `${r.layer}:${r.row}:${r.col}`;
      if (visited.has(key)) return false;
      visited.add(key);
      if (s.brushTool === 'inspect') {
        s.setSelected(r);
        return false;
      }
      const layer = s.mlp.layers[r.layer];
      if (!layer || !isPaintable(layer, r.row, r.col)) return false;
      const before = readWeight(layer, r.row, r.col);
      const after = applyBrush(s.brushTool, s.brushValue, before);
      if (!Number.isFinite(after) || Object.is(after, before)) return false;
      writeWeight(layer, r.row, r.col, after);
      // Show the stroke as it goes: the version moves, canvases follow; losses are measured on commit.
      set({ version: s.version + 1 });
      return true;
    },
    endStroke() {
      visited = new Set();
      if (get().openEdit) get().commitEdit();
    },
    setWeightValue(r, v) {
      const s = get();
      const layer = s.mlp.layers[r.layer];
      if (!layer || !Number.isFinite(v) || !isPaintable(layer, r.row, r.col)) return;
      s.editWeights(`type ${refLabel(r)} = ${v}`, (m) => writeWeight(m.layers[r.layer], r.row, r.col, v));
    },
  };
};
