import { describe, expect, it } from 'vitest';
import { Trainer, createMlp, createRng, type Activation, type TrainOptions } from '../../src/engine';
import { excitation, weightStep } from '../../src/inspector/arithmetic';

function run(o: Partial<TrainOptions>, hidden: Activation = 'relu', steps = 4) {
  const mlp = createMlp(
    {
      inputs: 3,
      layers: [
        { units: 5, activation: hidden },
        { units: 4, activation: hidden },
        { units: 2, activation: 'sigmoid' },
      ],
      init: { kind: 'xavier_uniform' },
    },
    createRng(11),
  );
  const rng = createRng(5);
  const n = 23;
  const x = Float64Array.from({ length: n * 3 }, () => rng.next() * 2 - 1);
  const y = Float64Array.from({ length: n * 2 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const opts: TrainOptions = { loss: 'mse', lr: 0.5, batchSize: 7, l1: 0, l2: 0, momentum: 0, ...o };
  const t = new Trainer(mlp, { n, x, y }, opts, createRng(9));
  let rec = null;
  for (let i = 0; i < steps; i++) {
    const o = t.trainBatch(true);
    if (o.ok) rec = o.record;
  }
  return { mlp, rec: rec! };
}

const CASES: [string, Partial<TrainOptions>, Activation][] = [
  ['plain SGD, ReLU', {}, 'relu'],
  ['momentum and L2, tanh', { momentum: 0.9, l2: 0.01 }, 'tanh'],
  ['L1 subgradient, sigmoid', { l1: 0.003 }, 'sigmoid'],
  ['clipped gradients', { clip: 0.01 }, 'leaky_relu'],
  ['L1 clipped at zero', { l1: 0.2, l1Mode: 'clip_at_zero' }, 'relu'],
  ['a last batch smaller than the others', { batchSize: 10 }, 'tanh'],
];

describe('the inspector re-derives each step exactly as the engine took it', () => {
  for (const [name, o, act] of CASES) {
    it(`every weight and bias: gradient, update and new value bit for bit (${name})`, () => {
      const { mlp, rec } = run(o, act, o.batchSize === 10 ? 3 : 4);
      mlp.layers.forEach((layer, l) => {
        for (let r = 0; r < layer.units; r++) {
          for (let c = 0; c < layer.inputs; c++) {
            const w = weightStep(rec, mlp, l, r, c);
            const i = r * layer.inputs + c;
            expect(w.mean).toBe(rec.layers[l].gradData[i]);
            expect(w.grad).toBe(rec.layers[l].grad[i]);
            expect(w.update).toBe(rec.layers[l].update[i]);
            expect(w.before + w.update).toBeCloseTo(w.after, 14);
            if (!w.adjusted) expect(w.before - w.lr * w.velocity).toBe(w.after);
            expect(w.samples.length).toBe(rec.batch.indices.length);
          }
          const b = weightStep(rec, mlp, l, r, 'bias');
          expect(b.grad).toBe(rec.layers[l].biasGrad[r]);
          if (!b.clipped) expect(b.mean).toBe(rec.layers[l].biasGrad[r]);
          expect(b.update).toBe(rec.layers[l].biasUpdate[r]);
        }
      });
    });
  }

  it('a product is the receiving δ times the sending activation (x for the first layer)', () => {
    const { mlp, rec } = run({});
    const w = weightStep(rec, mlp, 0, 2, 1);
    expect(w.samples[0].a).toBe(rec.batch.x[1]);
    expect(w.samples[0].delta).toBe(rec.batch.delta[0][2]);
    const v = weightStep(rec, mlp, 1, 3, 4);
    expect(v.samples[1].a).toBe(rec.batch.a[0][5 + 4]);
    expect(v.sender).toBe('relu');
  });

  it('excitatory plus inhibitory plus bias is the unit’s total input', () => {
    const { rec } = run({}, 'tanh');
    for (let u = 0; u < 4; u++) {
      const e = excitation(rec, 1, u, 1);
      expect(e.excite).toBeGreaterThanOrEqual(0);
      expect(e.inhibit).toBeLessThanOrEqual(0);
      expect(e.excite + e.inhibit + e.bias).toBeCloseTo(e.z, 12);
    }
  });
});
