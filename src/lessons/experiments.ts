import {
  cloneMlp,
  createRng,
  evaluate,
  initWeights,
  predictWithHidden,
  Trainer,
  type InitSpec,
  type Loss,
  type Mlp,
  type TrainData,
  type TrainOptions,
} from '../engine';

/**
 * Experiments the lessons run on the engine directly, outside the store: each is a pure function of a network,
 * data and options, so a lesson's claim can be proved in a unit test with the lesson's own preset.
 */

/** Trains a copy of m for `steps` batches; returns the copy and the train loss after every `every` steps. */
export function trainCopy(
  m: Mlp,
  data: TrainData,
  options: TrainOptions,
  seed: number,
  steps: number,
  every = 10,
): { mlp: Mlp; losses: number[]; diverged: boolean } {
  const copy = cloneMlp(m);
  const t = new Trainer(copy, data, options, createRng(seed));
  const losses: number[] = [evaluate(copy, data, options.loss).loss];
  for (let s = 0; s < steps; s += every) {
    const r = t.run(Math.min(every, steps - s));
    if (r.divergence) return { mlp: copy, losses, diverged: true };
    losses.push(evaluate(copy, data, options.loss).loss);
  }
  return { mlp: copy, losses, diverged: false };
}

/** Data with input column `col` negated. */
export function negateInput(data: TrainData, inputs: number, col: number): TrainData {
  const x = data.x.slice();
  for (let i = 0; i < data.n; i++) x[i * inputs + col] = -x[i * inputs + col];
  return { n: data.n, x, y: data.y };
}

/** The network with the weights leaving input `col` negated: on negated inputs it computes exactly the same. */
export function mirrorInputWeights(m: Mlp, col: number): Mlp {
  const c = cloneMlp(m);
  const l = c.layers[0];
  for (let i = 0; i < l.units; i++) l.weights[i * l.inputs + col] = -l.weights[i * l.inputs + col];
  return c;
}

export interface FlipResult {
  original: Mlp;
  flipped: Mlp;
  /** max |W_flipped[:, col] + W_original[:, col]| : 0 when the first layer's column is exactly mirrored. */
  mirroredError: number;
  /** max |difference| of every other weight and bias in the network: 0 when all else is equal. */
  otherError: number;
}

/**
 * Lesson 3: train on the data, and on the data with x_col negated starting from the mirrored weights. Since
 * (−w)(−x) = w·x exactly in floating point, every step of the two runs matches and the trained weights on
 * x_col come out with opposite signs, all else equal.
 */
export function flipInputExperiment(
  m: Mlp,
  data: TrainData,
  options: TrainOptions,
  seed: number,
  steps: number,
  col = 0,
): FlipResult {
  const a = trainCopy(m, data, options, seed, steps, steps).mlp;
  const b = trainCopy(
    mirrorInputWeights(m, col),
    negateInput(data, m.inputs, col),
    options,
    seed,
    steps,
    steps,
  ).mlp;
  let mirroredError = 0;
  let otherError = 0;
  a.layers.forEach((la, l) => {
    const lb = b.layers[l];
    for (let i = 0; i < la.weights.length; i++) {
      const onCol = l === 0 && i % la.inputs === col;
      const d = onCol ? Math.abs(lb.weights[i] + la.weights[i]) : Math.abs(lb.weights[i] - la.weights[i]);
      if (onCol) mirroredError = Math.max(mirroredError, d);
      else otherError = Math.max(otherError, d);
    }
    for (let i = 0; i < la.biases.length; i++)
      otherError = Math.max(otherError, Math.abs(lb.biases[i] - la.biases[i]));
  });
  return { original: a, flipped: b, mirroredError, otherError };
}

/** Re-initialises every layer of a copy of m with spec (same rng sequence for the same seed). */
export function reinitialised(m: Mlp, spec: InitSpec, seed: number): Mlp {
  const c = cloneMlp(m);
  const rng = createRng(seed);
  for (const l of c.layers) {
    initWeights(l.weights, l.inputs, l.units, spec, rng);
    l.biases.fill(0);
  }
  return c;
}

/** Whether every unit of each hidden layer has the same incoming weights and bias, and the same outgoing weights. */
export function hiddenUnitsIdentical(m: Mlp): boolean {
  for (let l = 0; l < m.layers.length - 1; l++) {
    const L = m.layers[l];
    for (let i = 1; i < L.units; i++) {
      if (L.biases[i] !== L.biases[0]) return false;
      for (let j = 0; j < L.inputs; j++) if (L.weights[i * L.inputs + j] !== L.weights[j]) return false;
    }
    const next = m.layers[l + 1];
    for (let k = 0; k < next.units; k++)
      for (let i = 1; i < next.inputs; i++)
        if (next.weights[k * next.inputs + i] !== next.weights[k * next.inputs]) return false;
  }
  return true;
}

/** Standard deviation of each hidden layer's outputs over the data (how spread, or saturated, they are). */
export function activationSpread(m: Mlp, data: TrainData): number[] {
  const units = predictWithHidden(m, data.x, data.n, true).units!;
  return units.slice(0, -1).map((layer) => {
    const n = layer.length * (layer[0]?.length ?? 0);
    let mean = 0;
    for (const u of layer) for (const v of u) mean += v;
    mean /= n || 1;
    let v2 = 0;
    for (const u of layer) for (const v of u) v2 += (v - mean) ** 2;
    return Math.sqrt(v2 / (n || 1));
  });
}

/**
 * Lesson 8: a pruning mask that removes the `fraction` of weights with the smallest |w|, per layer or over the
 * whole network. Ties at the threshold are broken by position so exactly round(fraction · n) go.
 */
export function magnitudeMasks(m: Mlp, fraction: number, scope: 'layer' | 'global'): Uint8Array[] {
  const masks = m.layers.map((l) => new Uint8Array(l.weights.length));
  const pick = (entries: { l: number; i: number; a: number }[]) => {
    entries.sort((p, q) => p.a - q.a || p.l - q.l || p.i - q.i);
    const k = Math.round(Math.min(1, Math.max(0, fraction)) * entries.length);
    for (let e = 0; e < k; e++) masks[entries[e].l][entries[e].i] = 1;
  };
  const all = (l: number) => Array.from(m.layers[l].weights, (w, i) => ({ l, i, a: Math.abs(w) }));
  if (scope === 'global') pick(m.layers.flatMap((_, l) => all(l)));
  else m.layers.forEach((_, l) => pick(all(l)));
  return masks;
}

/** A copy of m with the masked weights set to 0 and the masks attached. */
export function pruned(m: Mlp, masks: Uint8Array[]): Mlp {
  const c = cloneMlp(m);
  c.layers.forEach((l, k) => {
    l.pruned = masks[k].slice();
    for (let i = 0; i < l.weights.length; i++) if (l.pruned[i]) l.weights[i] = 0;
  });
  return c;
}

/** Accuracy (or loss, for regression) after pruning each fraction in `fractions`, without retraining. */
export function pruningCurve(
  m: Mlp,
  data: TrainData,
  loss: Loss,
  scope: 'layer' | 'global',
  fractions: number[],
): { fraction: number; accuracy: number | null; loss: number }[] {
  return fractions.map((f) => {
    const e = evaluate(pruned(m, magnitudeMasks(m, f, scope)), data, loss);
    return { fraction: f, accuracy: e.accuracy, loss: e.loss };
  });
}

/** Fraction of weights (not biases) that are exactly zero. */
export function exactZeroFraction(m: Mlp): number {
  let z = 0;
  let n = 0;
  for (const l of m.layers) {
    n += l.weights.length;
    for (const w of l.weights) if (w === 0) z++;
  }
  return n ? z / n : 0;
}
