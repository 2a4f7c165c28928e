/**
 * The inspector's account of a step, checked against independent truths: steps worked out by hand on a
 * one-weight network, and for bigger networks the book step of tests/engine/referenceSgd.ts (finite-difference
 * gradients and the optimizer's rules written out), never against the engine's own record.
 */
import { describe, expect, it } from 'vitest';
import {
  Trainer,
  cloneMlp,
  createMlp,
  createRng,
  type Activation,
  type Mlp,
  type StepRecord,
  type TrainOptions,
} from '../../src/engine';
import { excitation, weightStep } from '../../src/inspector/arithmetic';
import { batchRows, bookStep, zeroVelocity, type BookParam } from '../engine/referenceSgd';

const SGD: TrainOptions = { loss: 'mse', lr: 0.5, batchSize: 1, l2: 0, l1: 0, momentum: 0 };

/** One linear unit, z = w·x + b, trained on the single sample (x, y). */
function oneWeight(w: number, b: number, x: number, y: number, o: Partial<TrainOptions>) {
  const mlp = createMlp(
    { inputs: 1, layers: [{ units: 1, activation: 'linear' }], init: { kind: 'zeros' } },
    createRng(1),
  );
  mlp.layers[0].weights[0] = w;
  mlp.layers[0].biases[0] = b;
  const t = new Trainer(
    mlp,
    { n: 1, x: Float64Array.of(x), y: Float64Array.of(y) },
    { ...SGD, ...o },
    createRng(2),
  );
  const step = () => {
    const out = t.trainBatch(true);
    if (!out.ok || !out.record) throw new Error('the step was refused');
    return { w: weightStep(out.record, mlp, 0, 0, 0), b: weightStep(out.record, mlp, 0, 0, 'bias') };
  };
  return step;
}

describe('the inspector shows a hand-worked step', () => {
  it('momentum and L2 over two steps: w 0.5 → 0.375 → 0.44375, b 0.1 → 0.05 → 0.105', () => {
    // x = 2, y = 1, ½(z − y)²: step 1 z = 1.1, δ = 0.1; step 2 z = 0.8, δ = −0.2. lr 0.5, μ 0.9, L2 0.1.
    const step = oneWeight(0.5, 0.1, 2, 1, { momentum: 0.9, l2: 0.1 });
    const s1 = step();
    expect(s1.w.mean).toBeCloseTo(0.2, 12);
    expect(s1.w.l2Term).toBeCloseTo(0.05, 12);
    expect(s1.w.grad).toBeCloseTo(0.25, 12);
    expect(s1.w.velocity).toBeCloseTo(0.25, 12);
    expect(s1.w.update).toBeCloseTo(-0.125, 12);
    expect(s1.w.after).toBeCloseTo(0.375, 12);
    expect(s1.b).toMatchObject({ l2Term: 0, l1Term: 0 });
    expect(s1.b.grad).toBeCloseTo(0.1, 12);
    expect(s1.b.after).toBeCloseTo(0.05, 12);
    const s2 = step();
    expect(s2.w.mean).toBeCloseTo(-0.4, 12);
    expect(s2.w.l2Term).toBeCloseTo(0.0375, 12);
    expect(s2.w.grad).toBeCloseTo(-0.3625, 12);
    expect(s2.w.velocityBefore).toBeCloseTo(0.25, 12);
    expect(s2.w.velocity).toBeCloseTo(-0.1375, 12);
    expect(s2.w.update).toBeCloseTo(0.06875, 12);
    expect(s2.w.after).toBeCloseTo(0.44375, 12);
    expect(s2.b.mean).toBeCloseTo(-0.2, 12);
    expect(s2.b.velocityBefore).toBeCloseTo(0.1, 12);
    expect(s2.b.velocity).toBeCloseTo(-0.11, 12);
    expect(s2.b.after).toBeCloseTo(0.105, 12);
  });

  it('a clipped gradient: 0.2 is cut to the clip 0.15, the bias 0.1 is not', () => {
    const s = oneWeight(0.5, 0.1, 2, 1, { clip: 0.15 })();
    expect(s.w).toMatchObject({ clipped: true });
    expect(s.w.grad).toBeCloseTo(0.15, 12);
    expect(s.w.after).toBeCloseTo(0.425, 12);
    expect(s.b).toMatchObject({ clipped: false });
    expect(s.b.grad).toBeCloseTo(0.1, 12);
  });

  it('L1 with no data gradient: the subgradient carries 0.03 across zero to −0.02, clip-at-zero stops at 0', () => {
    // y = z, so the loss's own gradient is 0 and only L1 (0.1, step lr·l1 = 0.05) moves the weight.
    const sub = oneWeight(0.03, 0, 1, 0.03, { l1: 0.1 })();
    expect(sub.w.l1Term).toBeCloseTo(0.1, 12);
    expect(sub.w.after).toBeCloseTo(-0.02, 12);
    expect(sub.w.adjusted).toBeNull();
    const atZero = oneWeight(0.03, 0, 1, 0.03, { l1: 0.1, l1Mode: 'clip_at_zero' })();
    expect(atZero.w.after).toBe(0);
    expect(atZero.w.update).toBeCloseTo(-0.03, 12);
    expect(atZero.w.adjusted).toBe('l1-clip');
  });
});

function network(hidden: Activation): Mlp {
  return createMlp(
    {
      inputs: 3,
      layers: [
        { units: 5, activation: hidden },
        { units: 4, activation: hidden },
        { units: 2, activation: 'sigmoid' },
      ],
      init: { kind: 'xavier_uniform' },
      // Not 0: a ReLU unit whose inputs are all 0 would sit exactly on its kink, where a finite difference
      // measures half a slope.
      biasInit: 0.05,
    },
    createRng(11),
  );
}

const CASES: [string, Partial<TrainOptions>, Activation][] = [
  ['plain SGD, ReLU', {}, 'relu'],
  ['momentum and L2, tanh', { momentum: 0.9, l2: 0.01 }, 'tanh'],
  ['L1 subgradient, sigmoid', { l1: 0.003 }, 'sigmoid'],
  ['clipped gradients', { clip: 0.01 }, 'leaky_relu'],
  ['L1 clipped at zero', { l1: 0.2, l1Mode: 'clip_at_zero' }, 'relu'],
  ['non-negative weights', { nonNegative: true, momentum: 0.5 }, 'tanh'],
  ['a last batch smaller than the others', { batchSize: 10 }, 'tanh'],
];

/** Every shown number of one parameter within finite-difference error of the book's. */
function expectAsBook(shown: ReturnType<typeof weightStep>, book: BookParam, held: boolean, what: string) {
  const near = (a: number, b: number, name: string) =>
    expect(Math.abs(a - b), `${what} ${name}: shown ${a}, book ${b}`).toBeLessThan(1e-7);
  near(shown.before, book.before, 'before');
  near(shown.mean, book.mean, 'mean gradient');
  near(shown.grad, book.grad, 'gradient used');
  // Without momentum the previous velocity is multiplied by 0: what is shown for it does not matter.
  if (shown.momentum !== 0) near(shown.velocityBefore, book.velocityBefore, 'velocity before');
  near(shown.velocity, book.velocity, 'velocity');
  near(shown.update, book.after - book.before, 'update');
  near(shown.after, book.after, 'after');
  expect(shown.clipped, `${what} clipped`).toBe(book.clipped);
  expect(shown.held, `${what} held`).toBe(held);
}

describe('the inspector agrees with the book step for every weight and bias', () => {
  for (const [name, o, act] of CASES) {
    it(`${name}: gradient, velocity, update and new value`, () => {
      const mlp = network(act);
      // A frozen and a pruned weight: the step must hold them (at their value, at 0).
      mlp.layers[1].frozen = new Uint8Array(mlp.layers[1].weights.length);
      mlp.layers[1].frozen[3] = 1;
      mlp.layers[0].pruned = new Uint8Array(mlp.layers[0].weights.length);
      mlp.layers[0].pruned[4] = 1;
      mlp.layers[0].weights[4] = 0;
      const rng = createRng(5);
      const n = 23;
      const x = Float64Array.from({ length: n * 3 }, () => rng.next() * 2 - 1);
      const y = Float64Array.from({ length: n * 2 }, (_, i) => (i % 3 === 0 ? 1 : 0));
      const opts: TrainOptions = { ...SGD, batchSize: 7, ...o };
      const t = new Trainer(mlp, { n, x, y }, opts, createRng(9));
      const v = zeroVelocity(mlp);
      // Steps through an epoch's end, so the last batch (23 = 2·10 + 3 or 3·7 + 2) is a short one.
      for (let k = 0; k < 4; k++) {
        const before = cloneMlp(mlp);
        const out = t.trainBatch(true);
        if (!out.ok || !out.record) throw new Error('the step was refused');
        const rec: StepRecord = out.record;
        const xs = batchRows(x, 3, rec.batch.indices);
        const ys = batchRows(y, 2, rec.batch.indices);
        const book = bookStep(before, opts.loss, xs, ys, opts, v);
        book.forEach((layer, l) => {
          const { inputs, frozen, pruned } = mlp.layers[l];
          layer.weights.forEach((p, i) => {
            const [r, c] = [Math.floor(i / inputs), i % inputs];
            const held = !!(frozen?.[i] || pruned?.[i]);
            expectAsBook(
              weightStep(rec, mlp, l, r, c),
              p,
              held,
              `step ${k + 1} layer ${l + 1} w[${r}][${c}]`,
            );
          });
          layer.biases.forEach((p, r) =>
            expectAsBook(
              weightStep(rec, mlp, l, r, 'bias'),
              p,
              false,
              `step ${k + 1} layer ${l + 1} b[${r}]`,
            ),
          );
        });
      }
    });
  }
});

describe('the parts of a step', () => {
  it('a product is the receiving δ times the sending activation (x for the first layer)', () => {
    const mlp = network('relu');
    const x = Float64Array.from({ length: 12 }, (_, i) => (i % 5) / 4 - 0.5);
    const t = new Trainer(mlp, { n: 4, x, y: new Float64Array(8) }, { ...SGD, batchSize: 4 }, createRng(9));
    const out = t.trainBatch(true);
    if (!out.ok || !out.record) throw new Error('the step was refused');
    const rec = out.record;
    const w = weightStep(rec, mlp, 0, 2, 1);
    // Input 1 of the batch's first sample, read from the data set itself.
    expect(w.samples[0].a).toBe(x[rec.batch.indices[0] * 3 + 1]);
    expect(w.samples[0].product).toBe(w.samples[0].delta * w.samples[0].a);
    expect(weightStep(rec, mlp, 1, 3, 4).sender).toBe('relu');
    expect(weightStep(rec, mlp, 0, 3, 'bias').sender).toBe('one');
  });

  it('excitatory plus inhibitory plus bias is the unit’s total input', () => {
    const mlp = network('tanh');
    const rng = createRng(3);
    const x = Float64Array.from({ length: 12 }, () => rng.next() * 2 - 1);
    const t = new Trainer(mlp, { n: 4, x, y: new Float64Array(8) }, { ...SGD, batchSize: 4 }, createRng(9));
    const out = t.trainBatch(true);
    if (!out.ok || !out.record) throw new Error('the step was refused');
    for (let u = 0; u < 4; u++) {
      const e = excitation(out.record, 1, u, 1);
      expect(e.excite).toBeGreaterThanOrEqual(0);
      expect(e.inhibit).toBeLessThanOrEqual(0);
      expect(e.excite + e.inhibit + e.bias).toBeCloseTo(e.z, 12);
    }
  });
});
