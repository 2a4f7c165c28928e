import type { Activation, Mlp, StepRecord } from '../engine';

/** One sample's share of a weight's gradient: the receiving unit's error term times the sending activation. */
export interface SampleTerm {
  /** Row of the data set this sample came from. */
  sample: number;
  delta: number;
  a: number;
  product: number;
}

/** A weight's (or bias's) step, laid out as the engine computed it. */
export interface WeightStep {
  layer: number;
  row: number;
  col: number | 'bias';
  /** What sends the activation: 'input' for layer 1, 'one' for a bias, else the previous layer's activation. */
  sender: Activation | 'input' | 'one';
  before: number;
  samples: SampleTerm[];
  /** mean over the batch of δ·a — the loss's own gradient. */
  mean: number;
  l2Term: number;
  l1Term: number;
  /** The gradient was clipped to ±clip. */
  clipped: boolean;
  /** Frozen or pruned: the step did not touch it. */
  held: boolean;
  grad: number;
  momentum: number;
  velocityBefore: number;
  velocity: number;
  lr: number;
  /** −lr·v, what plain SGD with momentum moves it by. */
  step: number;
  /** after − before as recorded (differs from step only if L1 clipping or non-negativity changed it). */
  update: number;
  after: number;
  /** Why update ≠ step, if it differs. */
  adjusted: 'l1-clip' | 'non-negative' | null;
}

/**
 * Re-derives one weight's step from the record's batch trace, in the engine's own order of operations, so
 * every number matches the engine's gradient and update bit for bit (tests check that).
 */
export function weightStep(
  rec: StepRecord,
  mlp: Mlp,
  layer: number,
  row: number,
  col: number | 'bias',
): WeightStep {
  const L = mlp.layers[layer];
  const lr_ = rec.layers[layer];
  const o = rec.options;
  const units = L.units;
  const inputs = L.inputs;
  const rows = rec.batch.indices.length;
  const deltas = rec.batch.delta[layer];
  const acts = layer > 0 ? rec.batch.a[layer - 1] : rec.batch.x;
  const isBias = col === 'bias';
  const samples: SampleTerm[] = [];
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const delta = deltas[r * units + row];
    const a = isBias ? 1 : acts[r * inputs + col];
    const product = delta * a;
    sum += product;
    samples.push({ sample: rec.batch.indices[r], delta, a, product });
  }
  // The engine scales the summed products by 1/rows (and adds a zero bias): the same order here.
  const mean = isBias ? sum * (1 / rows) : (1 / rows) * sum + 0;
  const sender = isBias ? 'one' : layer === 0 ? 'input' : mlp.layers[layer - 1].activation;
  const clip = o.clip != null && o.clip > 0 ? o.clip : Infinity;
  const mu = o.momentum;
  const lr = o.lr;
  if (isBias) {
    const before = lr_.biasesBefore[row];
    const after = lr_.biasesAfter[row];
    const grad = lr_.biasGrad[row];
    const update = lr_.biasUpdate[row];
    const velocity = mu !== 0 ? (before - after) / lr : grad;
    return {
      layer,
      row,
      col,
      sender,
      before,
      samples,
      mean,
      l2Term: 0,
      l1Term: 0,
      clipped: Math.abs(mean) > clip,
      held: !L.useBias,
      grad,
      momentum: mu,
      velocityBefore: mu !== 0 ? (velocity - grad) / mu : 0,
      velocity,
      lr,
      step: after - before,
      update,
      after,
      adjusted: null,
    };
  }
  const i = row * inputs + col;
  const before = lr_.weightsBefore[i];
  const held = !!(L.frozen?.[i] || L.pruned?.[i]);
  const l2Term = o.l2 * before;
  const l1Sub = o.l1Mode !== 'clip_at_zero' && o.l1 !== 0;
  const l1Term = l1Sub ? (before > 0 ? o.l1 : before < 0 ? -o.l1 : 0) : 0;
  let g = mean + l2Term;
  if (l1Sub) g += l1Term;
  // A held weight takes no step, so no gradient of its was clipped.
  const clipped = !held && (g > clip || g < -clip);
  if (g > clip) g = clip;
  else if (g < -clip) g = -clip;
  if (held) g = 0;
  const vPrev = lr_.velocityBefore[i];
  const velocity = held ? 0 : mu !== 0 ? mu * vPrev + g : g;
  const next = before - lr * velocity;
  const after = lr_.weightsAfter[i];
  const update = lr_.update[i];
  const adjusted =
    held || Object.is(next, after)
      ? null
      : o.nonNegative && after === 0 && next < 0
        ? 'non-negative'
        : 'l1-clip';
  return {
    layer,
    row,
    col,
    sender,
    before,
    samples,
    mean,
    l2Term,
    l1Term: o.l1Mode === 'clip_at_zero' ? 0 : l1Term,
    clipped,
    held,
    grad: g,
    momentum: mu,
    velocityBefore: vPrev,
    velocity,
    lr,
    step: held ? 0 : next - before,
    update,
    after,
    adjusted,
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
  const inputs = lrec.weightsBefore.length / lrec.biasesBefore.length;
  const acts = layer > 0 ? rec.batch.a[layer - 1] : rec.batch.x;
  let excite = 0,
    inhibit = 0;
  for (let j = 0; j < inputs; j++) {
    const p = lrec.weightsBefore[unit * inputs + j] * acts[r * inputs + j];
    if (p > 0) excite += p;
    else inhibit += p;
  }
  const bias = lrec.biasesBefore[unit];
  const units = lrec.biasesBefore.length;
  return { excite, inhibit, bias, z: rec.batch.z[layer][r * units + unit] };
}
