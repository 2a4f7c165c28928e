import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Trainer,
  applyPruneMask,
  createMlp,
  createRng,
  type Activation,
  type Mlp,
  type StepRecord,
  type TrainOptions,
} from '../../src/engine';
import { excitation, weightStep } from '../../src/inspector/arithmetic';
import { explainStep } from '../../src/inspector/sentence';

interface Case {
  options: Partial<TrainOptions>;
  hidden: Activation;
  /** Seeds the masks: each weight frozen or pruned with probability 1/8 each (none when 0). */
  maskSeed: number;
  steps: number;
}

interface Taken {
  mlp: Mlp;
  rec: StepRecord;
  /** The network's own values and the trainer's velocities just before and after the recorded step. */
  before: { w: Float64Array[]; b: Float64Array[]; vW: Float64Array[]; vB: Float64Array[] };
  after: { w: Float64Array[]; b: Float64Array[]; vW: Float64Array[]; vB: Float64Array[] };
}

function snapshot(mlp: Mlp, t: Trainer): Taken['before'] {
  const v = t.velocity();
  return {
    w: mlp.layers.map((l) => l.weights.slice()),
    b: mlp.layers.map((l) => l.biases.slice()),
    vW: v.vW,
    vB: v.vB,
  };
}

/** A 3-5-4-2 network trained `steps` batches; the last one is recorded, with the truth around it. */
function train(c: Case): Taken {
  const mlp = createMlp(
    {
      inputs: 3,
      layers: [
        { units: 5, activation: c.hidden },
        { units: 4, activation: c.hidden },
        { units: 2, activation: 'sigmoid' },
      ],
      init: { kind: 'xavier_uniform' },
    },
    createRng(11),
  );
  if (c.maskSeed) {
    const r = createRng(c.maskSeed);
    for (const l of mlp.layers) {
      l.frozen = Uint8Array.from(l.weights, () => (r.next() < 0.125 ? 1 : 0));
      l.pruned = Uint8Array.from(l.weights, (_, i) => (!l.frozen![i] && r.next() < 0.125 ? 1 : 0));
      applyPruneMask(l);
    }
  }
  const rng = createRng(5);
  const n = 23;
  const x = Float64Array.from({ length: n * 3 }, () => rng.next() * 2 - 1);
  const y = Float64Array.from({ length: n * 2 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const opts: TrainOptions = { loss: 'mse', lr: 0.5, batchSize: 7, l1: 0, l2: 0, momentum: 0, ...c.options };
  const t = new Trainer(mlp, { n, x, y }, opts, createRng(9));
  for (let i = 1; i < c.steps; i++) if (!t.trainBatch(false).ok) throw new Error('refused');
  const before = snapshot(mlp, t);
  const o = t.trainBatch(true);
  if (!o.ok || !o.record) throw new Error('refused');
  return { mlp, rec: o.record, before, after: snapshot(mlp, t) };
}

/** Every weight and bias of the network as (layer, row, col, flat index). */
function* params(mlp: Mlp): Generator<[number, number, number | 'bias', number]> {
  for (let l = 0; l < mlp.layers.length; l++) {
    const { units, inputs } = mlp.layers[l];
    for (let r = 0; r < units; r++) {
      for (let c = 0; c < inputs; c++) yield [l, r, c, r * inputs + c];
      yield [l, r, 'bias', r];
    }
  }
}

const clamp = (g: number, clip: number | null | undefined) => (clip ? Math.min(clip, Math.max(-clip, g)) : g);

const caseArb: fc.Arbitrary<Case> = fc.record({
  options: fc.record({
    lr: fc.constantFrom(0.01, 0.3, 0.5, 1.7),
    momentum: fc.constantFrom(0, 0.5, 0.9, 0.999, 1e-20),
    l1: fc.constantFrom(0, 0.003, 0.2),
    l1Mode: fc.constantFrom('subgradient' as const, 'clip_at_zero' as const),
    l2: fc.constantFrom(0, 0.01, 0.5),
    clip: fc.constantFrom(null, 0, 0.01, 0.2),
    nonNegative: fc.boolean(),
    batchSize: fc.constantFrom(1, 7, 10, 23),
  }),
  hidden: fc.constantFrom<Activation>('relu', 'tanh', 'sigmoid', 'leaky_relu'),
  maskSeed: fc.constantFrom(0, 3, 8),
  steps: fc.integer({ min: 1, max: 5 }),
});

describe('the inspector shows the numbers the engine used for the step it took', () => {
  it('for any settings and masks: before, after, update and velocities are the network’s and trainer’s own, bit for bit', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { mlp, rec, before, after } = train(c);
        for (const [l, r, col, i] of params(mlp)) {
          const s = weightStep(rec, l, r, col);
          const bias = col === 'bias';
          const b0 = bias ? before.b[l][i] : before.w[l][i];
          const b1 = bias ? after.b[l][i] : after.w[l][i];
          const at = `${JSON.stringify(c)} layer ${l} ${r}:${col}`;
          expect(Object.is(s.before, b0), at).toBe(true);
          expect(Object.is(s.after, b1), at).toBe(true);
          expect(Object.is(s.update, b1 - b0), at).toBe(true);
          expect(Object.is(s.velocityBefore, bias ? before.vB[l][i] : before.vW[l][i]), at).toBe(true);
          expect(Object.is(s.velocity, bias ? after.vB[l][i] : after.vW[l][i]), at).toBe(true);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it('for any settings: the shown numbers add up, line by line, to the shown update', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { mlp, rec } = train(c);
        const o = rec.options;
        for (const [l, r, col] of params(mlp)) {
          const s = weightStep(rec, l, r, col);
          const at = `${JSON.stringify(c)} layer ${l} ${r}:${col}`;
          if (s.held) {
            expect(s.grad, at).toBe(0);
            continue;
          }
          expect(s.mean, at).toBe(s.samples.reduce((a, t) => a + t.product, 0) * (1 / s.samples.length));
          const g = clamp(s.mean + s.l2Term + s.l1Term, o.clip);
          expect(Object.is(s.grad, g), at).toBe(true);
          expect(s.clipped, at).toBe(g !== s.mean + s.l2Term + s.l1Term);
          const v = o.momentum !== 0 ? o.momentum * s.velocityBefore + s.grad : s.grad;
          expect(Object.is(s.velocity, v), at).toBe(true);
          if (!s.adjusted) expect(Object.is(s.before - s.lr * s.velocity, s.after), at).toBe(true);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('a weight pruned after the step is still shown as the step moved it', () => {
    const { mlp, rec, before, after } = train({ options: {}, hidden: 'tanh', maskSeed: 0, steps: 2 });
    mlp.layers[0].pruned = new Uint8Array(mlp.layers[0].weights.length).fill(1);
    applyPruneMask(mlp.layers[0]);
    const s = weightStep(rec, 0, 1, 2);
    const i = 1 * 3 + 2;
    expect(s.held).toBeNull();
    expect(s.update).toBe(after.w[0][i] - before.w[0][i]);
    expect(s.update).not.toBe(0);
  });

  it('under L1 clipped at zero, only a weight that L1 set to exactly 0 is said to be stopped at 0', () => {
    const { mlp, rec } = train({
      options: { l1: 0.01, l1Mode: 'clip_at_zero' },
      hidden: 'tanh',
      maskSeed: 0,
      steps: 1,
    });
    const said = { stopped: 0, shrunk: 0 };
    for (const [l, r, col] of params(mlp)) {
      if (col === 'bias') continue;
      const s = weightStep(rec, l, r, col);
      const stopped = explainStep(s).includes('stopped it at 0');
      expect(stopped, `layer ${l} ${r}:${col}`).toBe(s.after === 0 && s.before !== 0);
      said[stopped ? 'stopped' : 'shrunk']++;
    }
    expect(said.shrunk).toBeGreaterThan(0);
  });

  it('a product is the receiving δ times the sending activation (x for the first layer)', () => {
    const { rec } = train({ options: {}, hidden: 'relu', maskSeed: 0, steps: 4 });
    const w = weightStep(rec, 0, 2, 1);
    expect(w.samples[0].a).toBe(rec.batch.x[1]);
    expect(w.samples[0].delta).toBe(rec.batch.delta[0][2]);
    const v = weightStep(rec, 1, 3, 4);
    expect(v.samples[1].a).toBe(rec.batch.a[0][5 + 4]);
    expect(v.samples[1].delta).toBe(rec.batch.delta[1][4 + 3]);
    expect(v.sender).toBe('relu');
  });

  it('every sample of the batch is listed, in batch order, with its data-set row', () => {
    const { rec } = train({ options: { batchSize: 10 }, hidden: 'tanh', maskSeed: 0, steps: 1 });
    const w = weightStep(rec, 2, 1, 'bias');
    expect(w.samples.map((t) => t.sample)).toEqual([...rec.batch.indices]);
    expect(w.samples).toHaveLength(10);
    expect(w.samples.every((t) => t.a === 1)).toBe(true);
  });

  it('excitatory plus inhibitory plus bias is the unit’s total input', () => {
    const { rec } = train({ options: {}, hidden: 'tanh', maskSeed: 0, steps: 4 });
    for (let u = 0; u < 4; u++) {
      const e = excitation(rec, 1, u, 1);
      expect(e.excite).toBeGreaterThanOrEqual(0);
      expect(e.inhibit).toBeLessThanOrEqual(0);
      expect(e.excite + e.inhibit + e.bias).toBeCloseTo(e.z, 12);
    }
  });
});
