import type { Mlp } from './mlp';

/**
 * Every buffer one forward/backward pass over up to `rows` samples needs, allocated once per shape so the
 * training step allocates nothing. Matrices are rows × units, row-major.
 */
export interface Workspace {
  rows: number;
  x: Float64Array;
  y: Float64Array;
  /** Total input of each unit, per layer. */
  z: Float64Array[];
  /** Output of each unit, per layer. */
  a: Float64Array[];
  /** Error term δ = dLᵢ/dz of each unit, per layer. */
  delta: Float64Array[];
  /** Mean batch gradient of the loss (no penalties), per layer. */
  gradW: Float64Array[];
  gradB: Float64Array[];
  /** Scratch for gemmGradientSkipZeros: one unit's nonzero error terms and their samples' row offsets. */
  nonzeroDelta: Float64Array;
  nonzeroOffset: Int32Array;
}

export function createWorkspace(m: Mlp, rows: number): Workspace {
  const out = m.layers.length ? m.layers[m.layers.length - 1].units : m.inputs;
  return {
    rows,
    x: new Float64Array(rows * m.inputs),
    y: new Float64Array(rows * out),
    z: m.layers.map((l) => new Float64Array(rows * l.units)),
    a: m.layers.map((l) => new Float64Array(rows * l.units)),
    delta: m.layers.map((l) => new Float64Array(rows * l.units)),
    gradW: m.layers.map((l) => new Float64Array(l.units * l.inputs)),
    gradB: m.layers.map((l) => new Float64Array(l.units)),
    nonzeroDelta: new Float64Array(rows),
    nonzeroOffset: new Int32Array(rows),
  };
}

/** A workspace that fits m and at least `rows` samples: the given one, or a new one. */
export function ensureWorkspace(ws: Workspace | null, m: Mlp, rows: number): Workspace {
  if (
    ws &&
    ws.rows >= rows &&
    ws.a.length === m.layers.length &&
    ws.x.length === ws.rows * m.inputs &&
    m.layers.every((l, i) => ws.gradW[i].length === l.units * l.inputs)
  ) {
    return ws;
  }
  return createWorkspace(m, Math.max(rows, 1));
}
