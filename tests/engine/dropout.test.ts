/**
 * Dropout on hidden layers: masks from their own seeded stream, inverted scaling, gradients that stop at a
 * dropped unit (checked against central differences with the mask held fixed), and runs that replay exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Trainer,
  backward,
  cloneMlp,
  copyParams,
  createDropoutBuffers,
  createMlp,
  createRng,
  createWorkspace,
  dropoutState,
  evaluate,
  fillDropoutMasks,
  forward,
  HIDDEN_ACTIVATIONS,
  type Activation,
  type Mlp,
  type TrainData,
  type TrainOptions,
} from '../../src/engine';
import { allParams, bitIdentical, close, refActivate, refSampleLoss } from './reference';

function blobs(n: number): TrainData {
  const r = createRng(99);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 2 ? 1 : -1;
    x[2 * i] = (i % 2 ? 1 : -1) + 0.8 * r.normal();
    x[2 * i + 1] = 0.8 * r.normal();
  }
  return { n, x, y };
}

const OPTIONS: TrainOptions = { loss: 'mse', batchSize: 8, lr: 0.1, l2: 0, l1: 0, momentum: 0.5 };

function net(seed = 5, hidden: Activation = 'tanh'): Mlp {
  return createMlp(
    {
      inputs: 2,
      layers: [
        { units: 6, activation: hidden },
        { units: 5, activation: hidden },
        { units: 1, activation: 'tanh' },
      ],
      init: { kind: 'xavier_uniform' },
      useBias: true,
    },
    createRng(seed),
  );
}

function trainFor(steps: number, options: TrainOptions, mlp = net()) {
  const t = new Trainer(mlp, blobs(50), options, createRng(11));
  const batches: number[][] = [];
  for (let s = 0; s < steps; s++) {
    const o = t.trainBatch(true);
    if (!o.ok || !o.record) throw new Error('refused');
    batches.push([...o.record.batch.indices]);
  }
  return { mlp, trainer: t, batches };
}

describe('dropout masks', () => {
  it('are 0 (dropped) or 1/(1 − p) (kept), with about a share p dropped', () => {
    for (const p of [0.1, 0.5, 0.9]) {
      const m = createMlp(
        {
          inputs: 1,
          layers: [
            { units: 100, activation: 'relu' },
            { units: 1, activation: 'linear' },
          ],
          init: { kind: 'zeros' },
          useBias: true,
        },
        createRng(0),
      );
      const b = createDropoutBuffers(m, 100);
      fillDropoutMasks(m, b, 100, p, 12345);
      const mask = b.mask[0];
      expect([...mask].every((v) => v === 0 || v === 1 / (1 - p))).toBe(true);
      const dropped = mask.filter((v) => v === 0).length / mask.length;
      // 10,000 draws: 4 standard deviations of a binomial share.
      expect(Math.abs(dropped - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 10000));
      expect(b.mask[1].length).toBe(0);
    }
  });

  it('follow the seed and the step number alone: the same pair gives the same masks, another step others', () => {
    const m = net();
    const a = createDropoutBuffers(m, 8);
    const b = createDropoutBuffers(m, 8);
    fillDropoutMasks(m, a, 8, 0.5, dropoutState(7, 3));
    fillDropoutMasks(m, b, 8, 0.5, dropoutState(7, 3));
    expect(bitIdentical(a.mask[0], b.mask[0])).toBe(true);
    fillDropoutMasks(m, b, 8, 0.5, dropoutState(7, 4));
    expect(bitIdentical(a.mask[0], b.mask[0])).toBe(false);
  });
});

describe('the backward pass with a fixed mask', () => {
  /** The batch loss of a network whose hidden outputs are multiplied by the masks, from reference.ts maths. */
  function maskedLoss(m: Mlp, xs: number[][], ys: number[][], mask: Float64Array[]): number {
    let total = 0;
    xs.forEach((x, r) => {
      let input = x;
      m.layers.forEach((layer, l) => {
        const z = Array.from({ length: layer.units }, (_, i) => {
          let s = layer.biases[i];
          for (let j = 0; j < layer.inputs; j++) s += layer.weights[i * layer.inputs + j] * input[j];
          return s;
        });
        const a = refActivate(layer.activation, z);
        input = l < m.layers.length - 1 ? a.map((v, i) => v * mask[l][r * layer.units + i]) : a;
      });
      total += refSampleLoss('mse', input, ys[r]);
    });
    return total / xs.length;
  }

  it.each(HIDDEN_ACTIVATIONS)(
    'with %s hidden layers every gradient matches central differences, and a dropped unit passes none',
    (act) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
          const m = net(seed % 1000, act);
          const r = createRng(seed);
          const rows = 4;
          const xs = Array.from({ length: rows }, () => [r.next() * 2 - 1, r.next() * 2 - 1]);
          const ys = Array.from({ length: rows }, () => [r.next() * 2 - 1]);
          const drop = createDropoutBuffers(m, rows);
          fillDropoutMasks(m, drop, rows, 0.5, seed >>> 0);
          // Unit 0 of the first layer is dropped in every sample: its incoming weights get no gradient.
          for (let s = 0; s < rows; s++) drop.mask[0][s * 6] = 0;
          const ws = createWorkspace(m, rows);
          ws.x.set(xs.flat());
          ws.y.set(ys.flat());
          forward(m, ws, rows, drop);
          const loss = backward(m, ws, rows, 'mse', drop);
          // ReLU's kink at 0: a finite difference across it means nothing, so such draws are skipped.
          const kinked = act === 'relu' || act === 'leaky_relu';
          fc.pre(!kinked || ws.z.every((z) => z.every((v) => Math.abs(v) > 1e-3)));
          expect(close(loss, maskedLoss(m, xs, ys, drop.mask), 1e-12, 1e-15)).toBe(true);
          expect([...ws.gradW[0].subarray(0, 2)]).toEqual([0, 0]);
          expect(ws.gradB[0][0]).toBe(0);
          const h = 1e-5;
          m.layers.forEach((layer, l) => {
            for (const [params, grads] of [
              [layer.weights, ws.gradW[l]],
              [layer.biases, ws.gradB[l]],
            ] as const) {
              for (let i = 0; i < params.length; i++) {
                const keep = params[i];
                params[i] = keep + h;
                const up = maskedLoss(m, xs, ys, drop.mask);
                params[i] = keep - h;
                const down = maskedLoss(m, xs, ys, drop.mask);
                params[i] = keep;
                const fd = (up - down) / (2 * h);
                expect(close(grads[i], fd, 1e-5, 1e-9)).toBe(true);
              }
            }
          });
        }),
        { seed: 4321, numRuns: 15 },
      );
    },
  );
});

describe('training with dropout', () => {
  it('p = 0 is exactly the run without the setting: same batches, bit-identical weights', () => {
    const plain = trainFor(40, OPTIONS);
    const zero = trainFor(40, { ...OPTIONS, dropout: 0, dropoutSeed: 123 });
    expect(zero.batches).toEqual(plain.batches);
    expect(bitIdentical(allParams(zero.mlp), allParams(plain.mlp))).toBe(true);
  });

  it('takes its masks from its own stream: with p = 0.5 the batches are those of p = 0', () => {
    const plain = trainFor(40, OPTIONS);
    const half = trainFor(40, { ...OPTIONS, dropout: 0.5, dropoutSeed: 123 });
    expect(half.batches).toEqual(plain.batches);
    expect(bitIdentical(allParams(half.mlp), allParams(plain.mlp))).toBe(false);
  });

  it('records the masks and, per unit, the share of the batch that dropped it; a is the masked output', () => {
    const { trainer } = trainFor(3, { ...OPTIONS, dropout: 0.5, dropoutSeed: 9 });
    const o = trainer.trainBatch(true);
    if (!o.ok || !o.record) throw new Error('refused');
    const { batch, layers } = o.record;
    const rows = batch.indices.length;
    expect(batch.dropMask[2]).toBeNull();
    expect(layers[2].dropped).toBeNull();
    for (const l of [0, 1]) {
      const mask = batch.dropMask[l]!;
      const units = layers[l].units;
      for (let u = 0; u < units; u++) {
        let n = 0;
        for (let r = 0; r < rows; r++) {
          if (mask[r * units + u] === 0) {
            n++;
            expect(batch.a[l][r * units + u] === 0).toBe(true);
          }
        }
        expect(layers[l].dropped![u]).toBe(n / rows);
      }
    }
  });

  it('resumed from a checkpoint, a run with dropout takes the same steps bit for bit', () => {
    const opts = { ...OPTIONS, dropout: 0.3, dropoutSeed: 77 };
    const full = trainFor(30, opts);
    const half = trainFor(12, opts);
    const cp = half.trainer.checkpoint();
    const v = half.trainer.velocity();
    const copy = cloneMlp(half.mlp);
    const resumed = new Trainer(copy, blobs(50), opts, createRng(11));
    resumed.resume(cp, v);
    resumed.run(18);
    expect(bitIdentical(allParams(copy), allParams(full.mlp))).toBe(true);
  });

  it('is off at evaluation: the loss of a network is the same whatever the dropout setting', () => {
    const { mlp } = trainFor(20, { ...OPTIONS, dropout: 0.5, dropoutSeed: 1 });
    const data = blobs(50);
    const before = evaluate(mlp, data, 'mse');
    const copy = net();
    copyParams(copy, mlp);
    const t = new Trainer(copy, data, { ...OPTIONS, dropout: 0.9, dropoutSeed: 2 }, createRng(3));
    expect(t.step).toBe(0);
    expect(evaluate(copy, data, 'mse')).toEqual(before);
  });
});
