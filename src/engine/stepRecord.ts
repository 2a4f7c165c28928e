import type { Activation } from './activations';
import type { Mlp } from './mlp';

/**
 * What the update did to one weight or bias besides plain w − lr·v, one bit each (several may be set).
 * Recorded by the update as it happens, so an explanation never has to guess it from the numbers.
 */
export const STEP_FLAGS = {
  /** The gradient was clipped to ±clip. */
  clipped: 1,
  /** Frozen: the step left it as it was. */
  frozen: 2,
  /** Pruned: held at exactly 0. */
  pruned: 4,
  /** L1 clipped at zero pulled it towards 0 by lr·l1 without reaching 0. */
  l1Shrunk: 8,
  /** L1 clipped at zero would have carried it across (or onto) 0, so it stopped at exactly 0. */
  l1Zero: 16,
  /** The non-negative constraint raised it to 0. */
  nonNegative: 32,
  /** The layer has no bias: the bias stays 0 and is never updated. */
  noBias: 64,
} as const;

/**
 * What one step did to one layer, number by number as the update used them, for the step inspector. All
 * arrays are fresh copies, indexed like the layer's weights (units × inputs, row-major) or biases.
 * Biases are never regularised (see SgdOptions), so they have no L1 or L2 terms.
 */
export interface LayerStepRecord {
  units: number;
  inputs: number;
  activation: Activation;
  weightsBefore: Float64Array;
  /** Mean over the batch of δ_i·a_j: the loss's own gradient. */
  gradData: Float64Array;
  /** l2·w, added to the gradient. */
  l2Term: Float64Array;
  /** l1·sign(w) added to the gradient (subgradient mode; 0 when L1 is clipped at zero, a separate step). */
  l1Term: Float64Array;
  /** The gradient the step used: gradData + l2Term + l1Term, clipped (0 for a frozen or pruned weight). */
  grad: Float64Array;
  /** The velocity the trainer held before this step (with momentum 0 it is the previous step's gradient). */
  velocityBefore: Float64Array;
  /** v = μ·velocityBefore + grad (grad itself when μ = 0): the velocity the step moved by, and kept. */
  velocityAfter: Float64Array;
  /** w − lr·v, before L1 clipped at zero and the non-negative constraint (see flags). */
  weightsStepped: Float64Array;
  /** w_after − w_before. */
  update: Float64Array;
  weightsAfter: Float64Array;
  /** STEP_FLAGS of each weight. */
  flags: Uint8Array;
  /** Indices of weights whose sign flipped (strictly positive ↔ strictly negative). */
  flipped: Int32Array;
  biasesBefore: Float64Array;
  /** Mean over the batch of δ_i. */
  biasGradData: Float64Array;
  /** biasGradData clipped: the gradient the step used. */
  biasGrad: Float64Array;
  biasVelocityBefore: Float64Array;
  biasVelocityAfter: Float64Array;
  biasUpdate: Float64Array;
  biasesAfter: Float64Array;
  /** STEP_FLAGS of each bias. */
  biasFlags: Uint8Array;
  /**
   * Dropout: for each unit, the fraction of the batch's samples in which it was dropped this step (its
   * output was 0, so no error flowed back through it for them); null without dropout and on the output layer.
   */
  dropped: Float64Array | null;
}

export function createLayerRecords(m: Mlp): LayerStepRecord[] {
  return m.layers.map((l) => {
    const nw = l.weights.length;
    const nb = l.biases.length;
    return {
      units: l.units,
      inputs: l.inputs,
      activation: l.activation,
      weightsBefore: new Float64Array(nw),
      gradData: new Float64Array(nw),
      l2Term: new Float64Array(nw),
      l1Term: new Float64Array(nw),
      grad: new Float64Array(nw),
      velocityBefore: new Float64Array(nw),
      velocityAfter: new Float64Array(nw),
      weightsStepped: new Float64Array(nw),
      update: new Float64Array(nw),
      weightsAfter: new Float64Array(nw),
      flags: new Uint8Array(nw),
      flipped: new Int32Array(0),
      biasesBefore: new Float64Array(nb),
      biasGradData: new Float64Array(nb),
      biasGrad: new Float64Array(nb),
      biasVelocityBefore: new Float64Array(nb),
      biasVelocityAfter: new Float64Array(nb),
      biasUpdate: new Float64Array(nb),
      biasesAfter: new Float64Array(nb),
      biasFlags: new Uint8Array(nb),
      dropped: null,
    };
  });
}

/** The values the update read: weights, biases, the batch's data gradients and the velocities it held. */
export function recordBefore(
  rec: LayerStepRecord,
  weights: Float64Array,
  biases: Float64Array,
  gradW: Float64Array,
  gradB: Float64Array,
  vW: Float64Array,
  vB: Float64Array,
): void {
  rec.weightsBefore.set(weights);
  rec.biasesBefore.set(biases);
  rec.gradData.set(gradW);
  rec.biasGradData.set(gradB);
  rec.velocityBefore.set(vW);
  rec.biasVelocityBefore.set(vB);
}

/** The values the step left, the update applied (after − before) and the weights whose sign flipped. */
export function recordAfter(rec: LayerStepRecord, weights: Float64Array, biases: Float64Array): void {
  rec.weightsAfter.set(weights);
  rec.biasesAfter.set(biases);
  const flips: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const before = rec.weightsBefore[i];
    const after = weights[i];
    rec.update[i] = after - before;
    if ((before > 0 && after < 0) || (before < 0 && after > 0)) flips.push(i);
  }
  for (let i = 0; i < biases.length; i++) rec.biasUpdate[i] = biases[i] - rec.biasesBefore[i];
  rec.flipped = Int32Array.from(flips);
}
