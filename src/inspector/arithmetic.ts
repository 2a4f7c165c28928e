import { STEP_FLAGS, type Activation, type StepRecord } from '../engine';

/** One sample's share of a weight's gradient: the receiving unit's error term times the sending activation. */
export interface SampleTerm {
  /** Row of the data set this sample came from. */
  sample: number;
  delta: number;
  a: number;
  product: number;
  /** Dropout: the receiving unit was dropped for this sample (so δ = 0). */
  receiverDropped?: boolean;
  /** Dropout: the sending unit was dropped for this sample (so a = 0). */
  senderDropped?: boolean;
}

/**
 * A weight's (or bias's) step, every number read from the engine's record of it: the explanation shows what
 * the update used, so it cannot disagree with the update it explains.
 */
export interface WeightStep {
  layer: number;
  row: number;
  col: number | 'bias';
  /** What sends the activation: 'input' for layer 1, 'one' for a bias, else the previous layer's activation. */
  sender: Activation | 'input' | 'one';
  before: number;
  /** Every sample of the batch, in batch order. */
  samples: SampleTerm[];
  /** The engine's mean over the batch of δ·a — the loss's own gradient. */
  mean: number;
  l2Term: number;
  l1Term: number;
  /** The gradient was clipped to ±clip. */
  clipped: boolean;
  /** Why the step did not touch it, if it did not. */
  held: 'frozen' | 'pruned' | 'no-bias' | null;
  /** The gradient the step used. */
  grad: number;
  momentum: number;
  velocityBefore: number;
  velocity: number;
  lr: number;
  /** w − lr·v, before L1 clipping at zero and the non-negative constraint. */
  stepped: number;
  /** after − before. */
  update: number;
  after: number;
  /** What changed the weight after w − lr·v, if anything (the non-negative constraint acts last). */
  adjusted: 'l1-shrink' | 'l1-zero' | 'non-negative' | null;
}

function heldBy(flags: number): WeightStep['held'] {
  if (flags & STEP_FLAGS.noBias) return 'no-bias';
  if (flags & STEP_FLAGS.pruned) return 'pruned';
  if (flags & STEP_FLAGS.frozen) return 'frozen';
  return null;
}

function adjustedBy(flags: number): WeightStep['adjusted'] {
  if (flags & STEP_FLAGS.nonNegative) return 'non-negative';
  if (flags & STEP_FLAGS.l1Zero) return 'l1-zero';
  if (flags & STEP_FLAGS.l1Shrunk) return 'l1-shrink';
  return null;
}

/** Whether the record has the weight (or bias) at layer, row, col. */
export function recordHas(rec: StepRecord, layer: number, row: number, col: number | 'bias'): boolean {
  const L = rec.layers[layer];
  return !!L && row < L.units && (col === 'bias' || col < L.inputs);
}

/** One weight's (or bias's) step as the engine recorded it (see LayerStepRecord). */
export function weightStep(rec: StepRecord, layer: number, row: number, col: number | 'bias'): WeightStep {
  const L = rec.layers[layer];
  const { units, inputs } = L;
  const rows = rec.batch.indices.length;
  const deltas = rec.batch.delta[layer];
  const acts = layer > 0 ? rec.batch.a[layer - 1] : rec.batch.x;
  const isBias = col === 'bias';
  const ownMask = rec.batch.dropMask?.[layer] ?? null;
  const senderMask = !isBias && layer > 0 ? (rec.batch.dropMask?.[layer - 1] ?? null) : null;
  const samples: SampleTerm[] = [];
  for (let r = 0; r < rows; r++) {
    const delta = deltas[r * units + row];
    const a = isBias ? 1 : acts[r * inputs + col];
    samples.push({
      sample: rec.batch.indices[r],
      delta,
      a,
      product: delta * a,
      receiverDropped: ownMask !== null && ownMask[r * units + row] === 0,
      senderDropped: senderMask !== null && senderMask[r * inputs + (col as number)] === 0,
    });
  }
  const v = isBias ? biasArrays(L) : weightArrays(L);
  const i = isBias ? row : row * inputs + col;
  const flags = v.flags[i];
  return {
    layer,
    row,
    col,
    sender: isBias ? 'one' : layer === 0 ? 'input' : rec.layers[layer - 1].activation,
    before: v.before[i],
    samples,
    mean: v.mean[i],
    // Biases are never regularised.
    l2Term: v.l2 ? v.l2[i] : 0,
    l1Term: v.l1 ? v.l1[i] : 0,
    clipped: (flags & STEP_FLAGS.clipped) !== 0,
    held: heldBy(flags),
    grad: v.grad[i],
    momentum: rec.options.momentum,
    velocityBefore: v.velocityBefore[i],
    velocity: v.velocityAfter[i],
    lr: rec.options.lr,
    stepped: v.stepped[i],
    update: v.update[i],
    after: v.after[i],
    adjusted: isBias ? null : adjustedBy(flags),
  };
}

type LayerRecord = StepRecord['layers'][number];

/** A layer record's arrays for its weights or for its biases: one reader serves both. */
interface StepArrays {
  before: Float64Array;
  mean: Float64Array;
  l2: Float64Array | null;
  l1: Float64Array | null;
  flags: Uint8Array;
  grad: Float64Array;
  velocityBefore: Float64Array;
  velocityAfter: Float64Array;
  stepped: Float64Array;
  update: Float64Array;
  after: Float64Array;
}

function weightArrays(L: LayerRecord): StepArrays {
  return {
    before: L.weightsBefore,
    mean: L.gradData,
    l2: L.l2Term,
    l1: L.l1Term,
    flags: L.flags,
    grad: L.grad,
    velocityBefore: L.velocityBefore,
    velocityAfter: L.velocityAfter,
    stepped: L.weightsStepped,
    update: L.update,
    after: L.weightsAfter,
  };
}

/** A bias has no penalty terms, and nothing acts on it after w − lr·v. */
function biasArrays(L: LayerRecord): StepArrays {
  return {
    before: L.biasesBefore,
    mean: L.biasGradData,
    l2: null,
    l1: null,
    flags: L.biasFlags,
    grad: L.biasGrad,
    velocityBefore: L.biasVelocityBefore,
    velocityAfter: L.biasVelocityAfter,
    stepped: L.biasesAfter,
    update: L.biasUpdate,
    after: L.biasesAfter,
  };
}

/**
 * A unit's total input for one sample split by sign: the excitatory part (Σ of positive w·a), the inhibitory
 * part (Σ of negative w·a) and the bias, with the weights as they were before the step.
 */
export function excitation(
  rec: StepRecord,
  layer: number,
  unit: number,
  r: number,
): { excite: number; inhibit: number; bias: number; z: number } {
  const lrec = rec.layers[layer];
  const { inputs, units } = lrec;
  const acts = layer > 0 ? rec.batch.a[layer - 1] : rec.batch.x;
  let excite = 0,
    inhibit = 0;
  for (let j = 0; j < inputs; j++) {
    const p = lrec.weightsBefore[unit * inputs + j] * acts[r * inputs + j];
    if (p > 0) excite += p;
    else inhibit += p;
  }
  return { excite, inhibit, bias: lrec.biasesBefore[unit], z: rec.batch.z[layer][r * units + unit] };
}
