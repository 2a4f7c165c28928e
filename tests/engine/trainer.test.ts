/** The Trainer: which samples each step sees, masks held over many steps, and what a step record says. */
import { describe, expect, it } from 'vitest';
import { Trainer, createMlp, createRng, type Mlp, type TrainData, type TrainOptions } from '../../src/engine';
import { bitIdentical, close } from './reference';

function data(n: number, inputs = 3, outputs = 2): TrainData {
  const r = createRng(11);
  const x = Float64Array.from({ length: n * inputs }, () => r.next() * 2 - 1);
  const y = new Float64Array(n * outputs);
  for (let i = 0; i < n; i++) y[i * outputs + (i % outputs)] = 1;
  return { n, x, y };
}

function net(seed = 3): Mlp {
  return createMlp(
    {
      inputs: 3,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 3, activation: 'leaky_relu' },
        { units: 2, activation: 'softmax' },
      ],
      init: { kind: 'xavier_uniform' },
      biasInit: 0.1,
    },
    createRng(seed),
  );
}

const OPTS: TrainOptions = { loss: 'cross_entropy', batchSize: 4, lr: 0.2, l1: 0, l2: 0, momentum: 0 };

describe('batches', () => {
  it('without shuffling, batches are consecutive rows and the last one of an epoch is smaller', () => {
    const t = new Trainer(net(), data(10), { ...OPTS, shuffle: false }, createRng(1));
    const seen: number[][] = [];
    for (let s = 0; s < 4; s++) {
      const o = t.trainBatch(true);
      if (!o.ok || !o.record) throw new Error('refused');
      seen.push([...o.record.batch.indices]);
      expect(o.record.epoch).toBe(s < 3 ? 0 : 1);
      expect(o.record.step).toBe(s + 1);
    }
    expect(seen).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
      [0, 1, 2, 3],
    ]);
    expect(t.epoch).toBe(1);
    expect(t.batchesPerEpoch()).toBe(3);
  });

  it('with shuffling, each epoch visits every sample exactly once, in a new order', () => {
    const t = new Trainer(net(), data(10), OPTS, createRng(1));
    const epochs: number[][] = [];
    for (let e = 0; e < 3; e++) {
      const order: number[] = [];
      while (true) {
        const o = t.trainBatch(true);
        if (!o.ok || !o.record) throw new Error('refused');
        order.push(...o.record.batch.indices);
        if (t.cursor === 0) break;
      }
      expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      epochs.push(order);
    }
    expect(epochs[0]).not.toEqual(epochs[1]);
    expect(t.epoch).toBe(3);
  });

  it('runEpoch takes the batches left in the epoch; run(count) takes count steps', () => {
    const t = new Trainer(net(), data(10), OPTS, createRng(1));
    t.trainBatch(false);
    expect(t.runEpoch().steps).toBe(2);
    expect([t.epoch, t.cursor]).toEqual([1, 0]);
    expect(t.runEpoch().steps).toBe(3);
    const r = t.run(7);
    expect([r.steps, t.step]).toEqual([7, 13]);
  });

  it('the batch copied into the record is the data rows the order names', () => {
    const d = data(10);
    const t = new Trainer(net(), d, OPTS, createRng(4));
    const o = t.trainBatch(true);
    if (!o.ok || !o.record) throw new Error('refused');
    const { indices, x, y } = o.record.batch;
    indices.forEach((s, r) => {
      expect([...x.subarray(r * 3, r * 3 + 3)]).toEqual([...d.x.subarray(s * 3, s * 3 + 3)]);
      expect([...y.subarray(r * 2, r * 2 + 2)]).toEqual([...d.y.subarray(s * 2, s * 2 + 2)]);
    });
  });
});

describe('masks over many steps', () => {
  it('frozen weights never change', () => {
    const m = net();
    m.layers[0].frozen = Uint8Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    m.layers[2].frozen = Uint8Array.from({ length: 6 }, (_, i) => (i < 2 ? 1 : 0));
    const before0 = m.layers[0].weights.slice();
    const before2 = m.layers[2].weights.slice();
    const t = new Trainer(m, data(20), { ...OPTS, momentum: 0.9, l2: 0.01, l1: 0.01 }, createRng(2));
    expect(t.run(200).steps).toBe(200);
    for (let i = 0; i < 12; i++) if (i % 3 === 0) expect(m.layers[0].weights[i]).toBe(before0[i]);
    expect([m.layers[2].weights[0], m.layers[2].weights[1]]).toEqual([before2[0], before2[1]]);
    expect(m.layers[0].weights[1]).not.toBe(before0[1]);
  });

  it('pruned weights are exactly 0 after every step', () => {
    const m = net();
    m.layers[1].pruned = Uint8Array.from({ length: 12 }, (_, i) => (i % 2 ? 1 : 0));
    m.layers[1].weights.forEach((_, i, w) => {
      if (i % 2) w[i] = 0;
    });
    const t = new Trainer(m, data(20), { ...OPTS, momentum: 0.9 }, createRng(2));
    for (let s = 0; s < 100; s++) {
      expect(t.trainBatch(false).ok).toBe(true);
      for (let i = 1; i < 12; i += 2) expect(Object.is(m.layers[1].weights[i], 0)).toBe(true);
    }
  });
});

describe('recording', () => {
  it.each([
    ['plain SGD', {}],
    ['l2', { l2: 0.05 }],
    ['momentum and l1', { momentum: 0.9, l1: 0.01 }],
    ['clipping and nonNegative', { clip: 0.05, nonNegative: true }],
  ])('asking for a record does not change what a step does (%s)', (_name, extra) => {
    const a = new Trainer(net(), data(10), { ...OPTS, ...extra }, createRng(6));
    const b = new Trainer(net(), data(10), { ...OPTS, ...extra }, createRng(6));
    for (let s = 0; s < 25; s++) {
      expect(a.trainBatch(true).ok).toBe(true);
      expect(b.trainBatch(false).ok).toBe(true);
    }
    a.mlp.layers.forEach((l, i) => {
      expect(bitIdentical(l.weights, b.mlp.layers[i].weights)).toBe(true);
      expect(bitIdentical(l.biases, b.mlp.layers[i].biases)).toBe(true);
    });
  });
});

describe('the step record', () => {
  // 10 samples in batches of 3: the third batch is full, the fourth has 1 row.
  it.each([
    [2, 3],
    [3, 1],
  ])(
    'gradData is the mean over the batch of δ_i·a_j from the recorded trace (after %i steps: %i rows)',
    (before, size) => {
      const m = net();
      const t = new Trainer(
        m,
        data(10),
        { ...OPTS, batchSize: 3, l2: 0.1, l1: 0.01, momentum: 0.5 },
        createRng(8),
      );
      t.run(before);
      const o = t.trainBatch(true);
      if (!o.ok || !o.record) throw new Error('refused');
      const { batch, layers } = o.record;
      const rows = batch.indices.length;
      expect(rows).toBe(size);
      m.layers.forEach((layer, l) => {
        const prev = l > 0 ? batch.a[l - 1] : batch.x;
        for (let i = 0; i < layer.units; i++) {
          let gb = 0;
          for (let r = 0; r < rows; r++) gb += batch.delta[l][r * layer.units + i] / rows;
          expect(close(layers[l].biasGrad[i], gb, 1e-12, 1e-15)).toBe(true);
          for (let j = 0; j < layer.inputs; j++) {
            let g = 0;
            for (let r = 0; r < rows; r++)
              g += (batch.delta[l][r * layer.units + i] * prev[r * layer.inputs + j]) / rows;
            expect(close(layers[l].gradData[i * layer.inputs + j], g, 1e-12, 1e-15)).toBe(true);
          }
        }
      });
    },
  );

  it('weightsAfter is the network after the step, and the loss is the one the step returned', () => {
    const m = net();
    const t = new Trainer(m, data(10), OPTS, createRng(8));
    const o = t.trainBatch(true);
    if (!o.ok || !o.record) throw new Error('refused');
    m.layers.forEach((layer, l) => {
      expect([...o.record!.layers[l].weightsAfter]).toEqual([...layer.weights]);
      expect([...o.record!.layers[l].biasesAfter]).toEqual([...layer.biases]);
    });
    expect(o.record.loss).toBe(o.loss);
  });
});
