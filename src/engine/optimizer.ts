import type { Mlp } from './mlp';
import { recordAfter, recordBefore, STEP_FLAGS, type LayerStepRecord } from './stepRecord';
import type { Workspace } from './workspace';

export interface SgdOptions {
  lr: number;
  /** L2 strength: adds l2·w to each weight's gradient (weights only, never biases). */
  l2: number;
  /** L1 strength: adds l1·sign(w) to each weight's gradient, sign(0) = 0. */
  l1: number;
  /**
   * 'subgradient' (default): the L1 term is part of the gradient like any other.
   * 'clip_at_zero': the L1 step is taken separately and a weight it would carry across zero stops at exactly
   * 0 (as TensorFlow Playground does), which is what makes L1 produce exact zeros.
   */
  l1Mode?: 'subgradient' | 'clip_at_zero';
  /** Momentum μ: v ← μ·v + g; w ← w − lr·v. μ = 0 is plain SGD. */
  momentum: number;
  /** If set, each gradient component is clipped to [−clip, clip] before the step. */
  clip?: number | null;
  /** After each update, w ← max(w, 0). */
  nonNegative?: boolean;
}

export const DEFAULT_SGD: SgdOptions = {
  lr: 0.03,
  l2: 0,
  l1: 0,
  l1Mode: 'subgradient',
  momentum: 0,
  clip: null,
  nonNegative: false,
};

/** Per-layer velocities for momentum. */
export interface OptimizerState {
  vW: Float64Array[];
  vB: Float64Array[];
}

export function createOptimizerState(m: Mlp): OptimizerState {
  return {
    vW: m.layers.map((l) => new Float64Array(l.weights.length)),
    vB: m.layers.map((l) => new Float64Array(l.biases.length)),
  };
}

/** A step that was refused: the first non-finite value it would have produced. */
export interface Divergence {
  layer: number;
  what: 'loss' | 'gradient' | 'weight' | 'bias' | 'output';
  index: number;
  value: number;
  message: string;
}

/** Scratch buffers for the two-phase update (compute everything, check it, then commit). */
export interface UpdateScratch {
  w: Float64Array[];
  b: Float64Array[];
  vW: Float64Array[];
  vB: Float64Array[];
}

export function createUpdateScratch(m: Mlp): UpdateScratch {
  return {
    w: m.layers.map((l) => new Float64Array(l.weights.length)),
    b: m.layers.map((l) => new Float64Array(l.biases.length)),
    vW: m.layers.map((l) => new Float64Array(l.weights.length)),
    vB: m.layers.map((l) => new Float64Array(l.biases.length)),
  };
}

function divergence(layer: number, what: Divergence['what'], index: number, value: number): Divergence {
  return {
    layer,
    what,
    index,
    value,
    message: `layer ${layer + 1}: ${what} ${what === 'loss' ? '' : `#${index} `}became ${value}`,
  };
}

/**
 * Updates every weight and bias from the gradients in ws, all or nothing: new values are computed into
 * scratch first, and if any is NaN or ±Infinity the network and velocities are left exactly as they were.
 */
export function applyUpdate(
  m: Mlp,
  ws: Workspace,
  state: OptimizerState,
  scratch: UpdateScratch,
  o: SgdOptions,
  records: LayerStepRecord[] | null,
): Divergence | null {
  const { lr, l1, l2, momentum: mu } = o;
  const clip = o.clip != null && o.clip > 0 ? o.clip : Infinity;
  const l1Clip = o.l1Mode === 'clip_at_zero' && l1 > 0;
  const l1Sub = !l1Clip && l1 !== 0;
  const nonNeg = !!o.nonNegative;
  for (let l = 0; l < m.layers.length; l++) {
    const layer = m.layers[l];
    const w = layer.weights;
    const g = ws.gradW[l];
    const vPrev = state.vW[l];
    const nw = scratch.w[l];
    const nv = scratch.vW[l];
    const frozen = layer.frozen;
    const pruned = layer.pruned;
    const rec = records ? records[l] : null;
    // Plain SGD (optionally with L2), nothing frozen, pruned, clipped or recorded: the same arithmetic as the
    // general loop below, without its per-weight branches, which cost up to 1.3× in the small networks.
    const plain =
      frozen === null && pruned === null && rec === null && l1 === 0 && !nonNeg && clip === Infinity;
    for (let i = 0; plain && mu === 0 && i < w.length; i++) {
      const wi = w[i];
      const gi = g[i] + l2 * wi;
      if (!Number.isFinite(gi)) return divergence(l, 'gradient', i, gi);
      const next = wi - lr * gi;
      if (!Number.isFinite(next)) return divergence(l, 'weight', i, next);
      nw[i] = next;
      nv[i] = gi;
    }
    for (let i = 0; !(plain && mu === 0) && i < w.length; i++) {
      const wi = w[i];
      if ((frozen !== null && frozen[i]) || (pruned !== null && pruned[i])) {
        const isPruned = pruned !== null && pruned[i];
        nw[i] = isPruned ? 0 : wi;
        nv[i] = 0;
        if (rec) {
          rec.weightsStepped[i] = nw[i];
          rec.flags[i] = isPruned ? STEP_FLAGS.pruned : STEP_FLAGS.frozen;
        }
        continue;
      }
      const l2t = l2 * wi;
      const l1t = l1Sub ? (wi > 0 ? l1 : wi < 0 ? -l1 : 0) : 0;
      let gi = g[i] + l2t;
      if (l1Sub) gi += l1t;
      let flags = 0;
      if (gi > clip) {
        gi = clip;
        flags = STEP_FLAGS.clipped;
      } else if (gi < -clip) {
        gi = -clip;
        flags = STEP_FLAGS.clipped;
      }
      if (!Number.isFinite(gi)) return divergence(l, 'gradient', i, gi);
      const v = mu !== 0 ? mu * vPrev[i] + gi : gi;
      const stepped = wi - lr * v;
      let next = stepped;
      // Checked before the L1 clip and max(w, 0), which would turn −Infinity into a finite 0 (and keep v).
      if (!Number.isFinite(next)) return divergence(l, 'weight', i, next);
      if (l1Clip && next === 0) {
        next = 0; // −0 too: a weight L1 holds at zero is +0
      } else if (l1Clip) {
        // A separate L1 step towards 0 that stops at 0 rather than cross it.
        const shrunk = next - lr * l1 * (next > 0 ? 1 : -1);
        if (next > 0 !== shrunk > 0 || shrunk === 0) {
          next = 0;
          flags |= STEP_FLAGS.l1Zero;
        } else {
          next = shrunk;
          flags |= STEP_FLAGS.l1Shrunk;
        }
      }
      if (nonNeg && next < 0) {
        next = 0;
        flags |= STEP_FLAGS.nonNegative;
      }
      nw[i] = next;
      nv[i] = v;
      if (rec) {
        rec.l2Term[i] = l2t;
        rec.l1Term[i] = l1t;
        rec.grad[i] = gi;
        rec.velocityAfter[i] = v;
        rec.weightsStepped[i] = stepped;
        rec.flags[i] = flags;
      }
    }
    const b = layer.biases;
    const gb = ws.gradB[l];
    const nb = scratch.b[l];
    const nvb = scratch.vB[l];
    if (!layer.useBias) {
      nb.fill(0);
      nvb.fill(0);
      if (rec) rec.biasFlags.fill(STEP_FLAGS.noBias);
      continue;
    }
    for (let i = 0; i < b.length; i++) {
      let gi = gb[i];
      let flags = 0;
      if (gi > clip) {
        gi = clip;
        flags = STEP_FLAGS.clipped;
      } else if (gi < -clip) {
        gi = -clip;
        flags = STEP_FLAGS.clipped;
      }
      if (!Number.isFinite(gi)) return divergence(l, 'gradient', i, gi);
      const v = mu !== 0 ? mu * state.vB[l][i] + gi : gi;
      const next = b[i] - lr * v;
      if (!Number.isFinite(next)) return divergence(l, 'bias', i, next);
      nb[i] = next;
      nvb[i] = v;
      if (rec) {
        rec.biasGrad[i] = gi;
        rec.biasVelocityAfter[i] = v;
        rec.biasFlags[i] = flags;
      }
    }
  }
  // Every value is finite: commit.
  for (let l = 0; l < m.layers.length; l++) {
    const layer = m.layers[l];
    const rec = records ? records[l] : null;
    if (rec)
      recordBefore(rec, layer.weights, layer.biases, ws.gradW[l], ws.gradB[l], state.vW[l], state.vB[l]);
    layer.weights.set(scratch.w[l]);
    layer.biases.set(scratch.b[l]);
    state.vW[l].set(scratch.vW[l]);
    state.vB[l].set(scratch.vB[l]);
    if (rec) recordAfter(rec, layer.weights, layer.biases);
  }
  return null;
}
