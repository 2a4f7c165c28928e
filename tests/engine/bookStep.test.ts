/**
 * Property: for any small network, loss, optimizer setting and mask, the trainer's steps are the book's
 * (tests/engine/referenceSgd.ts: finite-difference gradients of the reference loss, the update rules written
 * out one parameter at a time). Covers every activation's derivative, every loss, momentum, both L1 modes,
 * L2, clipping, non-negative weights, frozen and pruned weights, and networks without biases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIDDEN_ACTIVATIONS,
  Trainer,
  cloneMlp,
  createMlp,
  createRng,
  type Activation,
  type Loss,
  type Mlp,
  type TrainOptions,
} from '../../src/engine';
import { refForward } from './reference';
import { batchRows, bookStep, zeroVelocity } from './referenceSgd';

/** Output activation and loss pairs the engine accepts. */
const HEADS: [Activation, Loss][] = [
  ['linear', 'mse'],
  ['tanh', 'mse'],
  ['sigmoid', 'mse'],
  ['relu', 'mse'],
  ['leaky_relu', 'mse'],
  ['softmax', 'mse'],
  ['sigmoid', 'binary_cross_entropy'],
  ['softmax', 'cross_entropy'],
];

const setting = fc.record({
  inputs: fc.integer({ min: 1, max: 3 }),
  hidden: fc.array(
    fc.record({ units: fc.integer({ min: 1, max: 4 }), activation: fc.constantFrom(...HIDDEN_ACTIVATIONS) }),
    { maxLength: 2 },
  ),
  head: fc.constantFrom(...HEADS),
  outputs: fc.integer({ min: 2, max: 3 }),
  useBias: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1e6 }),
  n: fc.integer({ min: 1, max: 6 }),
  batchSize: fc.integer({ min: 1, max: 4 }),
  lr: fc.constantFrom(0.05, 0.3, 1),
  momentum: fc.constantFrom(0, 0, 0.5, 0.9),
  l2: fc.constantFrom(0, 0, 0.01, 0.2),
  l1: fc.constantFrom(0, 0, 0.003, 0.1),
  l1Mode: fc.constantFrom('subgradient' as const, 'clip_at_zero' as const),
  clip: fc.constantFrom(null, null, 0, 0.02, 0.3),
  nonNegative: fc.boolean(),
  masked: fc.boolean(),
});

/**
 * Whether a ReLU-like unit's total input is at its kink (0) for one of these samples, where the engine takes the
 * slope on the left and a difference quotient measures the mean of both (a weight held at 0 without a bias
 * puts it there exactly).
 */
function atKink(m: Mlp, xs: number[][]): boolean {
  return xs.some((x) =>
    refForward(m, x).z.some((z, l) => {
      const act = m.layers[l].activation;
      return (act === 'relu' || act === 'leaky_relu') && z.some((v) => Math.abs(v) < 1e-5);
    }),
  );
}

/** Finite differences are good to about 1e-9 here; a wrong rule is off by far more. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * (1 + Math.abs(b));

describe('the trainer takes the book step', () => {
  it('for random networks, losses, options and masks, three steps in a row', () => {
    fc.assert(
      fc.property(setting, (s) => {
        const [outAct, loss] = s.head;
        const outputs = outAct === 'linear' || loss !== 'mse' ? s.outputs : 1 + (s.outputs % 2);
        const mlp = createMlp(
          {
            inputs: s.inputs,
            layers: [...s.hidden, { units: outputs, activation: outAct }],
            init: { kind: 'xavier_uniform' },
            // Not 0: a ReLU unit fed only zeros would sit on its kink, where a difference quotient measures half
            // a slope.
            biasInit: 0.05,
            useBias: s.useBias,
          },
          createRng(s.seed),
        );
        if (s.masked) {
          const first = mlp.layers[0];
          first.frozen = new Uint8Array(first.weights.length);
          first.frozen[0] = 1;
          const last = mlp.layers[mlp.layers.length - 1];
          last.pruned = new Uint8Array(last.weights.length);
          last.pruned[last.weights.length - 1] = 1;
          last.weights[last.weights.length - 1] = 0;
        }
        const rng = createRng(s.seed + 1);
        const x = Float64Array.from({ length: s.n * s.inputs }, () => rng.next() * 4 - 2);
        // Targets that fit the head: one-hot rows for softmax, 0/1 for sigmoid, anything for the others.
        const y = Float64Array.from({ length: s.n * outputs }, (_, i) =>
          outAct === 'softmax' ? Number(i % outputs === Math.floor(i / outputs) % outputs) : rng.next(),
        );
        const opts: TrainOptions = {
          loss,
          batchSize: s.batchSize,
          shuffle: false,
          lr: s.lr,
          momentum: s.momentum,
          l1: s.l1,
          l2: s.l2,
          l1Mode: s.l1Mode,
          clip: s.clip,
          nonNegative: s.nonNegative,
        };
        const t = new Trainer(mlp, { n: s.n, x, y }, opts, createRng(3));
        const v = zeroVelocity(mlp);
        for (let k = 0; k < 3; k++) {
          const rows = Math.min(s.batchSize, s.n - t.cursor);
          const indices = Array.from({ length: rows }, (_, r) => t.cursor + r);
          const xs = batchRows(x, s.inputs, indices);
          fc.pre(!atKink(mlp, xs));
          const book = bookStep(cloneMlp(mlp), loss, xs, batchRows(y, outputs, indices), opts, v);
          const out = t.trainBatch(false);
          expect(out.ok).toBe(true);
          book.forEach((layer, l) => {
            layer.weights.forEach((p, i) =>
              expect(mlp.layers[l].weights[i], `step ${k + 1} layer ${l + 1} weight ${i}`).toSatisfy(
                (w: number) => near(w, p.after),
              ),
            );
            layer.biases.forEach((p, i) =>
              expect(mlp.layers[l].biases[i], `step ${k + 1} layer ${l + 1} bias ${i}`).toSatisfy(
                (b: number) => near(b, p.after),
              ),
            );
          });
        }
      }),
      { seed: 20240611, numRuns: 150 },
    );
  });
});
