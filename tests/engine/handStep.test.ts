/**
 * A 2-2-1 network (tanh hidden, sigmoid output, mse) whose SGD steps are worked out by hand here, scalar by
 * scalar, with none of the engine's code: z, a, δ, the gradients and the new weights.
 */
import { describe, expect, it } from 'vitest';
import { Trainer, createRng } from '../../src/engine';
import {
  BIASES,
  TOL,
  WEIGHTS,
  expectClose,
  handGradient,
  net221,
  options,
  sigmoid,
  type Params,
} from './hand221';

describe('one SGD step of a 2-2-1 tanh/sigmoid network under mse, by hand', () => {
  // Sample x = (0.5, −1), target y = 1; learning rate 0.5.
  const m = net221({
    w11: 0.1,
    w12: -0.2,
    w21: 0.3,
    w22: 0.4,
    b1: 0.05,
    b2: -0.1,
    v1: 0.7,
    v2: -0.6,
    c: 0.2,
  });
  const trainer = new Trainer(
    m,
    { n: 1, x: new Float64Array([0.5, -1]), y: new Float64Array([1]) },
    options({}),
    createRng(1),
  );
  const out = trainer.trainBatch(true);
  if (!out.ok || !out.record) throw new Error('the step was refused');
  const rec = out.record;

  // Forward.
  const z1 = 0.1 * 0.5 + -0.2 * -1 + 0.05; // 0.3
  const z2 = 0.3 * 0.5 + 0.4 * -1 + -0.1; // −0.35
  const h1 = Math.tanh(z1);
  const h2 = Math.tanh(z2);
  const zo = 0.7 * h1 + -0.6 * h2 + 0.2;
  const o = sigmoid(zo);
  // Backward: δ of the output is (ŷ − y)·σ'(z); δ of a hidden unit is δ_out·v_i·tanh'(z_i).
  const dOut = (o - 1) * o * (1 - o);
  const d1 = dOut * 0.7 * (1 - h1 * h1);
  const d2 = dOut * -0.6 * (1 - h2 * h2);

  it('the forward pass gives z = (0.3, −0.35), a = tanh(z), ŷ = σ(0.7·a₁ − 0.6·a₂ + 0.2)', () => {
    expectClose(rec.batch.z[0], [z1, z2]);
    expectClose(rec.batch.a[0], [h1, h2]);
    expectClose(rec.batch.z[1], [zo]);
    expectClose(rec.batch.a[1], [o]);
  });

  it('the loss is ½(ŷ − y)²', () => {
    expect(Math.abs(rec.loss - 0.5 * (o - 1) * (o - 1))).toBeLessThanOrEqual(TOL);
  });

  it('the error terms are δ_out = (ŷ − y)ŷ(1 − ŷ) and δ_i = δ_out·v_i·(1 − a_i²)', () => {
    expectClose(rec.batch.delta[1], [dOut]);
    expectClose(rec.batch.delta[0], [d1, d2]);
  });

  it('each gradient is δ of the unit times the activation feeding the weight', () => {
    expectClose(rec.layers[0].gradData, [d1 * 0.5, d1 * -1, d2 * 0.5, d2 * -1]);
    expectClose(rec.layers[0].biasGrad, [d1, d2]);
    expectClose(rec.layers[1].gradData, [dOut * h1, dOut * h2]);
    expectClose(rec.layers[1].biasGrad, [dOut]);
  });

  it('each weight and bias moves by −0.5 times its gradient', () => {
    expectClose(m.layers[0].weights, [
      0.1 - 0.5 * d1 * 0.5,
      -0.2 - 0.5 * d1 * -1,
      0.3 - 0.5 * d2 * 0.5,
      0.4 - 0.5 * d2 * -1,
    ]);
    expectClose(m.layers[0].biases, [0.05 - 0.5 * d1, -0.1 - 0.5 * d2]);
    expectClose(m.layers[1].weights, [0.7 - 0.5 * dOut * h1, -0.6 - 0.5 * dOut * h2]);
    expectClose(m.layers[1].biases, [0.2 - 0.5 * dOut]);
  });
});

describe('two steps with l2, l1 and momentum on a batch of two samples, by hand', () => {
  it('weights follow v ← μv + g + l2·w + l1·sign(w), w ← w − lr·v; biases follow v ← μv + g, b ← b − lr·v', () => {
    const lr = 0.5;
    const l2 = 0.01;
    const l1 = 0.02;
    const mu = 0.9;
    const samples = [
      { x1: 0.5, x2: -1, y: 1 },
      { x1: -0.3, x2: 0.8, y: 0 },
    ];
    const p: Params = {
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
    const m = net221(p);
    const data = { n: 2, x: new Float64Array([0.5, -1, -0.3, 0.8]), y: new Float64Array([1, 0]) };
    const trainer = new Trainer(m, data, options({ batchSize: 2, lr, l1, l2, momentum: mu }), createRng(1));

    const vel: Params = { w11: 0, w12: 0, w21: 0, w22: 0, b1: 0, b2: 0, v1: 0, v2: 0, c: 0 };
    for (let step = 0; step < 2; step++) {
      const g = handGradient(p, samples);
      for (const k of WEIGHTS) {
        vel[k] = mu * vel[k] + g[k] + l2 * p[k] + l1 * Math.sign(p[k]);
        p[k] -= lr * vel[k];
      }
      for (const k of BIASES) {
        vel[k] = mu * vel[k] + g[k];
        p[k] -= lr * vel[k];
      }
      expect(trainer.trainBatch(false).ok).toBe(true);
    }
    expectClose(m.layers[0].weights, [p.w11, p.w12, p.w21, p.w22]);
    expectClose(m.layers[0].biases, [p.b1, p.b2]);
    expectClose(m.layers[1].weights, [p.v1, p.v2]);
    expectClose(m.layers[1].biases, [p.c]);
    const pos = trainer.position();
    expectClose(pos.vW[0], [vel.w11, vel.w12, vel.w21, vel.w22]);
    expectClose(pos.vW[1], [vel.v1, vel.v2]);
    expectClose(pos.vB[0], [vel.b1, vel.b2]);
    expectClose(pos.vB[1], [vel.c]);
  });
});
