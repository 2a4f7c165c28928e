/**
 * The step record holds what the update used, number by number: checked against the 2-2-1 network's steps
 * worked out by hand (tests/engine/hand221.ts), with none of the engine's code.
 */
import { describe, expect, it } from 'vitest';
import { STEP_FLAGS, Trainer, createRng, type StepRecord } from '../../src/engine';
import {
  LAYOUT,
  WEIGHTS,
  BIASES,
  expectClose,
  handGradient,
  handTrace,
  net221,
  options,
  type Params,
} from './hand221';

const SAMPLES = [
  { x1: 0.5, x2: -1, y: 1 },
  { x1: -0.3, x2: 0.8, y: 0 },
];
const START: Params = {
  w11: 0.1,
  w12: -0.2,
  w21: 0.3,
  w22: 0.4,
  b1: 0.05,
  b2: -0.1,
  v1: 0.7,
  v2: -0.6,
  c: 0.2,
};
const DATA = { n: 2, x: new Float64Array([0.5, -1, -0.3, 0.8]), y: new Float64Array([1, 0]) };
const zeros = (): Params => ({ w11: 0, w12: 0, w21: 0, w22: 0, b1: 0, b2: 0, v1: 0, v2: 0, c: 0 });

/** The hand-computed numbers of one parameter's step, keyed like Params. */
interface Hand {
  before: Params;
  gradData: Params;
  l2Term: Params;
  l1Term: Params;
  grad: Params;
  velocityBefore: Params;
  velocityAfter: Params;
  stepped: Params;
  after: Params;
  flags: Record<keyof Params, number>;
}

/** Reads the hand values of one field in the engine's layout, weights or biases of one layer. */
const pick = (h: Params, keys: readonly (keyof Params)[]) => keys.map((k) => h[k]);

function expectRecord(rec: StepRecord, hand: Hand) {
  LAYOUT.forEach(({ weights, biases }, l) => {
    const r = rec.layers[l];
    expectClose(r.weightsBefore, pick(hand.before, weights));
    expectClose(r.gradData, pick(hand.gradData, weights));
    expectClose(r.l2Term, pick(hand.l2Term, weights));
    expectClose(r.l1Term, pick(hand.l1Term, weights));
    expectClose(r.grad, pick(hand.grad, weights));
    expectClose(r.velocityBefore, pick(hand.velocityBefore, weights));
    expectClose(r.velocityAfter, pick(hand.velocityAfter, weights));
    expectClose(r.weightsStepped, pick(hand.stepped, weights));
    expectClose(r.weightsAfter, pick(hand.after, weights));
    expectClose(
      r.update,
      pick(hand.after, weights).map((a, i) => a - hand.before[weights[i]]),
    );
    expect([...r.flags]).toEqual(weights.map((k) => hand.flags[k]));
    expectClose(r.biasesBefore, pick(hand.before, biases));
    expectClose(r.biasGradData, pick(hand.gradData, biases));
    expectClose(r.biasGrad, pick(hand.grad, biases));
    expectClose(r.biasVelocityBefore, pick(hand.velocityBefore, biases));
    expectClose(r.biasVelocityAfter, pick(hand.velocityAfter, biases));
    expectClose(r.biasesAfter, pick(hand.after, biases));
    expectClose(
      r.biasUpdate,
      pick(hand.after, biases).map((a, i) => a - hand.before[biases[i]]),
    );
    expect([...r.biasFlags]).toEqual(biases.map((k) => hand.flags[k]));
  });
}

/**
 * One step by hand: g = data gradient + l2·w + l1·sign(w) (weights; L1 only as a subgradient), clipped to
 * ±clip; v ← μ·v + g; w − lr·v; then L1 clipped at zero (a separate step that stops at 0) and max(w, 0).
 */
function handStep(
  p: Params,
  vel: Params,
  o: { lr: number; l1: number; l2: number; mu: number; clip: number; clipAtZero: boolean; nonNeg: boolean },
): Hand {
  const g = handGradient(p, SAMPLES);
  const h: Hand = {
    before: { ...p },
    gradData: g,
    l2Term: zeros(),
    l1Term: zeros(),
    grad: zeros(),
    velocityBefore: { ...vel },
    velocityAfter: zeros(),
    stepped: zeros(),
    after: zeros(),
    flags: { w11: 0, w12: 0, w21: 0, w22: 0, b1: 0, b2: 0, v1: 0, v2: 0, c: 0 },
  };
  for (const k of [...WEIGHTS, ...BIASES]) {
    const weight = (WEIGHTS as readonly string[]).includes(k);
    h.l2Term[k] = weight ? o.l2 * p[k] : 0;
    h.l1Term[k] = weight && !o.clipAtZero ? o.l1 * Math.sign(p[k]) : 0;
    const raw = g[k] + h.l2Term[k] + h.l1Term[k];
    h.grad[k] = Math.max(-o.clip, Math.min(o.clip, raw));
    if (h.grad[k] !== raw) h.flags[k] |= STEP_FLAGS.clipped;
    h.velocityAfter[k] = o.mu * vel[k] + h.grad[k];
    h.stepped[k] = p[k] - o.lr * h.velocityAfter[k];
    let w = h.stepped[k];
    if (weight && o.clipAtZero && w !== 0) {
      const shrunk = w - o.lr * o.l1 * Math.sign(w);
      if (Math.sign(shrunk) !== Math.sign(w)) {
        w = 0;
        h.flags[k] |= STEP_FLAGS.l1Zero;
      } else {
        w = shrunk;
        h.flags[k] |= STEP_FLAGS.l1Shrunk;
      }
    }
    if (weight && o.nonNeg && w < 0) {
      w = 0;
      h.flags[k] |= STEP_FLAGS.nonNegative;
    }
    h.after[k] = w;
    vel[k] = h.velocityAfter[k];
    p[k] = w;
  }
  return h;
}

describe('the step record of a 2-2-1 network equals the step worked out by hand', () => {
  it('second step with L1 (subgradient), L2, momentum 0.9 and clipping at 0.01: every number the update used', () => {
    const o = { lr: 0.5, l1: 0.02, l2: 0.01, mu: 0.9, clip: 0.01, clipAtZero: false, nonNeg: false };
    const m = net221(START);
    const opts = options({ batchSize: 2, lr: o.lr, l1: o.l1, l2: o.l2, momentum: o.mu, clip: o.clip });
    const trainer = new Trainer(m, DATA, opts, createRng(1));
    const p = { ...START };
    const vel = zeros();
    handStep(p, vel, o);
    expect(trainer.trainBatch(false).ok).toBe(true);
    const hand = handStep(p, vel, o);
    const out = trainer.trainBatch(true);
    if (!out.ok || !out.record) throw new Error('the step was refused');
    expectRecord(out.record, hand);
    // Both kinds occur: some gradients were clipped, some were not.
    const flags = out.record.layers.flatMap((r) => [...r.flags, ...r.biasFlags]);
    expect(flags).toContain(0);
    expect(flags).toContain(STEP_FLAGS.clipped);
  });

  it('L1 clipped at zero and non-negative weights: the step before them, what each did, and the flags', () => {
    const o = { lr: 0.5, l1: 0.3, l2: 0, mu: 0, clip: Infinity, clipAtZero: true, nonNeg: true };
    const m = net221(START);
    const opts = options({ batchSize: 2, lr: o.lr, l1: o.l1, l1Mode: 'clip_at_zero', nonNegative: true });
    const trainer = new Trainer(m, DATA, opts, createRng(1));
    const hand = handStep({ ...START }, zeros(), o);
    const out = trainer.trainBatch(true);
    if (!out.ok || !out.record) throw new Error('the step was refused');
    expectRecord(out.record, hand);
    const flags = out.record.layers.flatMap((r) => [...r.flags]);
    expect(flags).toContain(STEP_FLAGS.l1Shrunk);
    expect(flags).toContain(STEP_FLAGS.l1Zero);
  });

  it('the batch trace holds every sample’s error terms δ and activations a', () => {
    const m = net221(START);
    const trainer = new Trainer(m, DATA, options({ batchSize: 2 }), createRng(1));
    const out = trainer.trainBatch(true);
    if (!out.ok || !out.record) throw new Error('the step was refused');
    const [s1, s2] = SAMPLES.map((s) => handTrace(START, s));
    expectClose(out.record.batch.x, [0.5, -1, -0.3, 0.8]);
    expectClose(out.record.batch.a[0], [s1.h1, s1.h2, s2.h1, s2.h2]);
    expectClose(out.record.batch.a[1], [s1.o, s2.o]);
    expectClose(out.record.batch.delta[0], [s1.d1, s1.d2, s2.d1, s2.d2]);
    expectClose(out.record.batch.delta[1], [s1.dOut, s2.dOut]);
  });
});
