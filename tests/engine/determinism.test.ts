/** A teacher's demo must replay exactly: the same seed gives the same run, bit for bit. */
import { describe, expect, it } from 'vitest';
import {
  Trainer,
  copyParams,
  cloneMlp,
  createMlp,
  createRng,
  type TrainData,
  type TrainOptions,
} from '../../src/engine';
import { allParams, bitIdentical } from './reference';

/** A noisy two-class problem in 2D drawn from its own generator, so data never depends on the run's seed. */
function blobs(n: number): TrainData {
  const r = createRng(99);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 2;
    x[2 * i] = (i % 2 ? 1 : -1) + 0.8 * r.normal();
    x[2 * i + 1] = 0.8 * r.normal();
  }
  return { n, x, y };
}

const OPTIONS: TrainOptions = {
  loss: 'binary_cross_entropy',
  batchSize: 8,
  lr: 0.1,
  l2: 1e-3,
  l1: 1e-4,
  momentum: 0.9,
};

/** A network and trainer whose weights, batch order and everything else come from one seed. */
function run(seed: number, data = blobs(60)) {
  const rng = createRng(seed);
  const mlp = createMlp(
    {
      inputs: 2,
      layers: [
        { units: 6, activation: 'tanh' },
        { units: 5, activation: 'relu' },
        { units: 1, activation: 'sigmoid' },
      ],
      init: { kind: 'he_normal' },
    },
    rng,
  );
  return new Trainer(mlp, data, OPTIONS, rng);
}

describe('mulberry32', () => {
  // Golden values from an independent Python implementation of mulberry32 (unsigned 32-bit arithmetic).
  it.each([
    [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111]],
    [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741]],
    [42, [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]],
    [4294967295, [0.8964226141106337, 0.189478256739676, 0.7156526781618595, 0.9440599093213677]],
  ])('seed %i starts with its pinned sequence', (seed, golden) => {
    const r = createRng(seed);
    expect(golden.map(() => r.next())).toEqual(golden);
  });

  it('setState(getState()) replays the sequence from that point', () => {
    const r = createRng(7);
    for (let i = 0; i < 10; i++) r.next();
    const s = r.getState();
    const first = [r.next(), r.normal(), r.int(1000)];
    r.setState(s);
    expect([r.next(), r.normal(), r.int(1000)]).toEqual(first);
  });
});

describe('training runs', () => {
  it('the same seed gives bit-identical weights after 1000 steps', () => {
    const a = run(2024);
    const b = run(2024);
    expect(a.run(1000).divergence).toBeNull();
    expect(b.run(1000).divergence).toBeNull();
    expect(a.step).toBe(1000);
    expect(bitIdentical(allParams(a.mlp), allParams(b.mlp))).toBe(true);
  });

  it('different seeds give different weights', () => {
    const a = run(1);
    const b = run(2);
    a.run(50);
    b.run(50);
    expect(bitIdentical(allParams(a.mlp), allParams(b.mlp))).toBe(false);
  });

  it('restoring a position and the weights taken with it replays the following steps bit for bit', () => {
    const t = run(5);
    // 60 samples in batches of 8: step 37 is mid-epoch, and the replay crosses two reshuffles.
    t.run(37);
    const pos = t.position();
    const saved = cloneMlp(t.mlp);
    const losses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const o = t.trainBatch(false);
      if (o.ok) losses.push(o.loss);
    }
    const after = allParams(t.mlp);
    const end = t.position();

    copyParams(t.mlp, saved);
    t.restore(pos);
    const replay: number[] = [];
    for (let i = 0; i < 20; i++) {
      const o = t.trainBatch(false);
      if (o.ok) replay.push(o.loss);
    }
    expect(replay).toEqual(losses);
    expect(bitIdentical(allParams(t.mlp), after)).toBe(true);
    const again = t.position();
    expect([again.step, again.epoch, again.cursor, again.rngState]).toEqual([
      end.step,
      end.epoch,
      end.cursor,
      end.rngState,
    ]);
    expect(bitIdentical(again.order, end.order)).toBe(true);
    expect(again.vW.every((v, l) => bitIdentical(v, end.vW[l]))).toBe(true);
  });

  it('a checkpoint (four numbers) with the weights and velocities of its step replays the following steps bit for bit', () => {
    const t = run(8);
    t.run(22);
    const cp = t.checkpoint();
    const vel = t.velocity();
    const saved = cloneMlp(t.mlp);
    t.run(20);
    const after = allParams(t.mlp);
    const end = t.position();

    copyParams(t.mlp, saved);
    t.resume(cp, vel);
    t.run(20);
    expect(bitIdentical(allParams(t.mlp), after)).toBe(true);
    const again = t.position();
    expect([again.step, again.epoch, again.cursor, again.rngState]).toEqual([
      end.step,
      end.epoch,
      end.cursor,
      end.rngState,
    ]);
    expect(bitIdentical(again.order, end.order)).toBe(true);
  });

  it('a checkpoint without velocities replays exactly when momentum is 0', () => {
    const t = run(9);
    t.setOptions({ ...OPTIONS, momentum: 0 });
    t.run(13);
    const cp = t.checkpoint();
    const saved = cloneMlp(t.mlp);
    t.run(15);
    const after = allParams(t.mlp);
    copyParams(t.mlp, saved);
    t.resume(cp);
    t.run(15);
    expect(bitIdentical(allParams(t.mlp), after)).toBe(true);
  });

  it('a checkpoint taken after restoring an earlier position replays bit for bit (bug: restore kept the later epoch’s shuffle state)', () => {
    const t = run(10);
    t.run(22);
    const pos = t.position();
    const saved = cloneMlp(t.mlp);
    // Train on past an epoch boundary (60 samples, batches of 8), then rewind.
    t.run(12);
    copyParams(t.mlp, saved);
    t.restore(pos);
    const cp = t.checkpoint();
    const vel = t.velocity();
    t.run(20);
    const after = allParams(t.mlp);

    copyParams(t.mlp, saved);
    t.resume(cp, vel);
    t.run(20);
    expect(bitIdentical(allParams(t.mlp), after)).toBe(true);
  });

  it('a position is a copy: training on does not change it', () => {
    const t = run(6);
    t.run(3);
    const pos = t.position();
    const order = pos.order.slice();
    const v = pos.vW[0].slice();
    t.run(10);
    expect(bitIdentical(pos.order, order)).toBe(true);
    expect(bitIdentical(pos.vW[0], v)).toBe(true);
  });
});
