/**
 * The code part of the exported TensorFlow.js script (the data and settings are written above it by
 * tfjsExport.ts). Core operations only (no tf.layers), so it runs with @tensorflow/tfjs in Node or a
 * browser. The batch order, losses and update are Weightscope's; TensorFlow.js computes in float32, so its
 * weights follow the app's to float32 rounding, not bit for bit.
 */
export const TFJS_CODE = String.raw`
/** Weightscope's seeded generator (mulberry32): uniform numbers in [0, 1) from one 32-bit state. */
function mulberry32(state) {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates from the end, as the engine shuffles. */
function shuffle(a, next) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * The dropout masks of a step (0 = the run's first), as src/engine/dropout.ts draws them: a generator of their
 * own started from (DROPOUT_SEED, step), per hidden layer rows × units, 0 for a dropped unit and 1/(1 − p)
 * for a kept one. null without dropout.
 */
export function dropoutMasks(step, rows) {
  if (!(DROPOUT > 0) || LAYERS.length < 2) return null;
  const next = mulberry32((DROPOUT_SEED ^ Math.imul(step + 1, 0x9e3779b1)) >>> 0);
  const keep = 1 / (1 - DROPOUT);
  return LAYERS.slice(0, -1).map((l) =>
    Array.from({ length: rows }, () => Array.from({ length: l.units }, () => (next() < DROPOUT ? 0 : keep))),
  );
}

/** The sample indices of each of the first steps batches: a fresh shuffle each epoch, batches in order. */
export function* batches(steps) {
  const n = TRAIN_X.length;
  const next = mulberry32(SHUFFLE_STATE);
  const fresh = () => shuffle(Array.from({ length: n }, (_, i) => i), next);
  let order = fresh();
  let cursor = 0;
  for (let s = 0; s < steps; s++) {
    const rows = Math.min(BATCH_SIZE, n - cursor);
    yield order.slice(cursor, cursor + rows);
    cursor += rows;
    if (cursor >= n) {
      cursor = 0;
      order = fresh();
    }
  }
}

const ACTIVATIONS = {
  relu: (z) => tf.relu(z),
  leaky_relu: (z) => tf.leakyRelu(z, 0.01),
  tanh: (z) => tf.tanh(z),
  sigmoid: (z) => tf.sigmoid(z),
  linear: (z) => z,
  silu: (z) => tf.mul(z, tf.sigmoid(z)),
  // GELU in its tanh form, as the app: ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))).
  gelu: (z) =>
    tf.mul(tf.mul(0.5, z), tf.add(1, tf.tanh(tf.mul(0.7978845608028654, tf.add(z, tf.mul(0.044715, tf.pow(z, 3))))))),
  sine: (z) => tf.sin(z),
  softmax: (z) => tf.softmax(z),
};
const maskOf = (m) => (m ? tf.cast(tf.transpose(tf.tensor2d(m)), 'bool') : null);

/** The network of timeline step 0: per layer a kernel (inputs × units, so z = x·W + b) and a bias. */
export function buildModel() {
  return LAYERS.map((l) => ({
    activation: l.activation,
    kernel: tf.variable(tf.transpose(tf.tensor2d(l.weights))),
    bias: l.useBias ? tf.variable(tf.tensor1d(l.biases)) : null,
    held: l.frozen || l.pruned ? tf.logicalOr(maskOf(l.frozen ?? l.pruned), maskOf(l.pruned ?? l.frozen)) : null,
    pruned: maskOf(l.pruned),
  }));
}

/** The output layer's total input z; with masks (training with dropout), hidden outputs times their mask. */
export function logits(model, x, masks = null) {
  let h = x;
  model.forEach((l, k) => {
    const z = l.bias ? tf.add(tf.matMul(h, l.kernel), l.bias) : tf.matMul(h, l.kernel);
    h = k < model.length - 1 ? ACTIVATIONS[l.activation](z) : z;
    if (masks && k < model.length - 1) h = tf.mul(h, tf.tensor2d(masks[k]));
  });
  return h;
}

export function predict(model, x) {
  return tf.tidy(() => ACTIVATIONS[model[model.length - 1].activation](logits(model, x)));
}

/** Cross-entropies from z, with the engine's exact gradients σ(z) − y and softmax(z)·Σy − y. */
const bce = tf.customGrad((z, y, save) => {
  save([z, y]);
  const value = tf.sum(tf.sub(tf.add(tf.relu(z), tf.log1p(tf.exp(tf.neg(tf.abs(z))))), tf.mul(y, z)));
  return { value, gradFunc: (dy, [zs, ys]) => [tf.mul(dy, tf.sub(tf.sigmoid(zs), ys)), tf.zerosLike(ys)] };
});
const ce = tf.customGrad((z, y, save) => {
  save([z, y]);
  const ys = tf.sum(y, 1, true);
  const value = tf.sum(tf.sub(tf.mul(ys, tf.logSumExp(z, 1, true)), tf.sum(tf.mul(y, z), 1, true)));
  return { value, gradFunc: (dy, [zs, yv]) => [tf.mul(dy, tf.sub(tf.mul(tf.softmax(zs), tf.sum(yv, 1, true)), yv)), tf.zerosLike(yv)] };
});

/** The mean over the batch of the per-sample loss (Weightscope's conventions). */
function batchLoss(model, x, y, masks = null) {
  const z = logits(model, x, masks);
  const rows = x.shape[0];
  if (LOSS === 'mse') {
    const a = ACTIVATIONS[model[model.length - 1].activation](z);
    return tf.div(tf.mul(0.5, tf.sum(tf.square(tf.sub(a, y)))), rows);
  }
  return tf.div(LOSS === 'binary_cross_entropy' ? bce(z, y) : ce(z, y), rows);
}

/** One SGD update, as src/engine/optimizer.ts: L2 and L1 on weights only, clipping, momentum, masks. */
function update(l, grads, velocity, k) {
  const w = l.kernel;
  let g = tf.add(grads[w.name], tf.mul(L2, w));
  if (L1 !== 0 && L1_MODE !== 'clip_at_zero') g = tf.add(g, tf.mul(L1, tf.sign(w)));
  if (CLIP !== null) g = tf.clipByValue(g, -CLIP, CLIP);
  if (l.held) g = tf.where(l.held, tf.zerosLike(g), g);
  let v = MOMENTUM !== 0 ? tf.add(tf.mul(MOMENTUM, velocity[k].w), g) : g;
  let nw = tf.sub(w, tf.mul(LR, v));
  if (L1_MODE === 'clip_at_zero' && L1 > 0) {
    const after = tf.sub(nw, tf.mul(LR * L1, tf.sign(nw)));
    const cross = tf.logicalOr(tf.logicalOr(tf.equal(nw, 0), tf.notEqual(tf.greater(nw, 0), tf.greater(after, 0))), tf.equal(after, 0));
    nw = tf.where(cross, tf.zerosLike(nw), after);
  }
  if (NON_NEGATIVE) nw = tf.relu(nw);
  if (l.held) {
    nw = tf.where(l.held, w, nw);
    v = tf.where(l.held, tf.zerosLike(v), v);
  }
  if (l.pruned) nw = tf.where(l.pruned, tf.zerosLike(nw), nw);
  const out = { w: nw, vw: v };
  if (l.bias) {
    let gb = grads[l.bias.name];
    if (CLIP !== null) gb = tf.clipByValue(gb, -CLIP, CLIP);
    out.vb = MOMENTUM !== 0 ? tf.add(tf.mul(MOMENTUM, velocity[k].b), gb) : gb;
    out.b = tf.sub(l.bias, tf.mul(LR, out.vb));
  }
  return out;
}

/** Trains from the start of the run for steps batches, as Weightscope does; returns each batch's loss. */
export function train(model, steps) {
  const xAll = tf.tensor2d(TRAIN_X);
  const yAll = tf.tensor2d(TRAIN_Y);
  const velocity = model.map((l) => ({ w: tf.zerosLike(l.kernel), b: l.bias ? tf.zerosLike(l.bias) : null }));
  const vars = model.flatMap((l) => (l.bias ? [l.kernel, l.bias] : [l.kernel]));
  const losses = [];
  let step = 0;
  for (const idx of batches(steps)) {
    const masks = dropoutMasks(step++, idx.length);
    tf.tidy(() => {
      const i = tf.tensor1d(idx, 'int32');
      const x = tf.gather(xAll, i);
      const y = tf.gather(yAll, i);
      const { value, grads } = tf.variableGrads(() => batchLoss(model, x, y, masks), vars);
      losses.push(value.dataSync()[0]);
      const next = model.map((l, k) => update(l, grads, velocity, k));
      next.forEach((n, k) => {
        model[k].kernel.assign(n.w);
        tf.dispose(velocity[k].w);
        velocity[k].w = tf.keep(tf.clone(n.vw));
        if (n.b) {
          model[k].bias.assign(n.b);
          tf.dispose(velocity[k].b);
          velocity[k].b = tf.keep(tf.clone(n.vb));
        }
      });
    });
  }
  return losses;
}

/** The mean loss over the whole training set (the app's training loss). */
export function trainingLoss(model) {
  return tf.tidy(() => batchLoss(model, tf.tensor2d(TRAIN_X), tf.tensor2d(TRAIN_Y)).dataSync()[0]);
}

/** The trained network as a Weightscope model file (Import it back into the app). */
export function toModelFile(model) {
  return {
    format: 'weightscope-model',
    version: 1,
    inputs: INPUTS,
    // A network that takes features of 2D points names them, so the app computes the same ones.
    ...(typeof INPUT_FEATURES === 'undefined' ? {} : { inputFeatures: INPUT_FEATURES }),
    layers: model.map((l) => ({
      units: l.kernel.shape[1],
      activation: l.activation,
      weights: tf.transpose(l.kernel).arraySync(),
      biases: l.bias ? l.bias.arraySync() : new Array(l.kernel.shape[1]).fill(0),
      ...(l.bias ? {} : { useBias: false }),
    })),
  };
}

// Run as a program in Node: node weightscope_run.mjs [--steps N] [--save trained.json]
if (typeof process !== 'undefined' && process.argv && process.argv[1]) {
  const { pathToFileURL } = await import('node:url');
  if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const arg = (name) => {
      const i = process.argv.indexOf(name);
      return i > 0 ? process.argv[i + 1] : undefined;
    };
    const steps = Number(arg('--steps') ?? STEPS);
    const model = buildModel();
    train(model, steps);
    console.log('after ' + steps + ' steps: training loss ' + trainingLoss(model));
    const save = arg('--save');
    if (save) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(save, JSON.stringify(toModelFile(model)));
    }
  }
}
`;
