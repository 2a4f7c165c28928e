/**
 * A step that would put NaN or ±Infinity anywhere is refused whole: the network, the velocities and the
 * trainer's place in the data stay exactly as they were, and the message says which layer went wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SGD,
  Trainer,
  applyUpdate,
  createMlp,
  createOptimizerState,
  createRng,
  createUpdateScratch,
  createWorkspace,
  type Mlp,
  type TrainData,
  type TrainOptions,
} from '../../src/engine';
import { allParams, bitIdentical } from './reference';

function net(): Mlp {
  return createMlp(
    {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'linear' },
      ],
      init: { kind: 'uniform', value: 0.5 },
    },
    createRng(7),
  );
}

const DATA: TrainData = {
  n: 5,
  x: Float64Array.from([1, 2, -1, 0.5, 3, -2, 0, 1, -1, -1]),
  y: Float64Array.from([1, -1, 2, 0, 1]),
};
const OPTS: TrainOptions = { loss: 'mse', batchSize: 2, lr: 0.01, l1: 0, l2: 0, momentum: 0.9 };

/** Everything a refused step must leave alone. */
function snapshot(t: Trainer) {
  const p = t.position();
  return {
    params: allParams(t.mlp),
    vel: [...p.vW.flatMap((v) => [...v]), ...p.vB.flatMap((v) => [...v])],
    where: [t.step, t.epoch, t.cursor],
    order: [...t.order],
  };
}

function expectUnchanged(t: Trainer, s: ReturnType<typeof snapshot>) {
  const now = snapshot(t);
  expect(bitIdentical(now.params, s.params)).toBe(true);
  expect(bitIdentical(now.vel, s.vel)).toBe(true);
  expect(now.where).toEqual(s.where);
  expect(now.order).toEqual(s.order);
}

describe('a huge learning rate', () => {
  it('makes the step that would overflow be refused, leaving network, velocities, step and cursor as they were', () => {
    const t = new Trainer(net(), DATA, OPTS, createRng(3));
    expect(t.run(3).divergence).toBeNull();
    const s = snapshot(t);
    t.setOptions({ ...OPTS, lr: 1e308 });
    const o = t.trainBatch(true);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(['weight', 'bias']).toContain(o.divergence.what);
    expect(Number.isFinite(o.divergence.value)).toBe(false);
    expect(o.divergence.message).toMatch(/^layer [12]: (weight|bias) #\d+ became -?Infinity$/);
    expectUnchanged(t, s);
    // Training resumes from the same place once the rate is sane again.
    t.setOptions(OPTS);
    expect(t.trainBatch(false).ok).toBe(true);
    expect(t.step).toBe(4);
  });

  it('names the layer that diverged: with layer 1 frozen, layer 2', () => {
    const m = net();
    m.layers[0].frozen = new Uint8Array(6).fill(1);
    m.layers[0].useBias = false;
    m.layers[0].biases.fill(0);
    // Targets of 1000 make layer 2's gradients large enough for lr·g to overflow.
    const far = { ...DATA, y: DATA.y.map((v) => 1000 * v + 1000) };
    const t = new Trainer(m, far, { ...OPTS, lr: 1e308 }, createRng(3));
    const s = snapshot(t);
    const o = t.trainBatch(false);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.divergence.layer).toBe(1);
    expect(o.divergence.message).toMatch(/^layer 2: /);
    expectUnchanged(t, s);
  });

  it('is all or nothing: a finite update in layer 1 is not committed when layer 2 overflows', () => {
    const m = net();
    const before = allParams(m);
    const ws = createWorkspace(m, 1);
    ws.gradW[0].fill(0.1);
    ws.gradB[0].fill(0.1);
    ws.gradW[1].fill(10);
    const state = createOptimizerState(m);
    const div = applyUpdate(m, ws, state, createUpdateScratch(m), { ...DEFAULT_SGD, lr: 1e308 }, null);
    expect(div?.message).toBe('layer 2: weight #0 became -Infinity');
    expect(bitIdentical(allParams(m), before)).toBe(true);
    expect(state.vW.every((v) => v.every((x) => x === 0))).toBe(true);
  });

  it('is refused with nonNegative on too (bug: max(w, 0) turned the −Infinity into 0 and kept an infinite velocity)', () => {
    const m = net();
    const before = allParams(m);
    const ws = createWorkspace(m, 1);
    ws.gradW[0].fill(10);
    const state = createOptimizerState(m);
    const div = applyUpdate(
      m,
      ws,
      state,
      createUpdateScratch(m),
      { ...DEFAULT_SGD, lr: 1e308, nonNegative: true },
      null,
    );
    expect(div).not.toBeNull();
    expect(div?.message).toMatch(/^layer 1: weight #\d+ became -Infinity$/);
    expect(bitIdentical(allParams(m), before)).toBe(true);
    expect(state.vW.every((v) => v.every((x) => x === 0))).toBe(true);
  });
});

describe('a non-finite loss', () => {
  it('is refused before any update, leaving everything as it was', () => {
    // Inputs of 1e200 through a linear net make ŷ about 1e200, and ½(ŷ − y)² overflows to Infinity.
    const m = createMlp(
      { inputs: 1, layers: [{ units: 1, activation: 'linear' }], init: { kind: 'constant', value: 1 } },
      createRng(1),
    );
    const t = new Trainer(
      m,
      { n: 2, x: Float64Array.from([1e200, 1]), y: Float64Array.from([0, 0]) },
      { ...OPTS, shuffle: false },
      createRng(1),
    );
    const s = snapshot(t);
    const o = t.trainBatch(false);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.divergence.what).toBe('loss');
    expect(o.divergence.value).toBe(Infinity);
    expect(o.divergence.message).toBe('the loss became Infinity');
    expectUnchanged(t, s);
  });

  it('stops run() at the refused step and reports it', () => {
    const m = createMlp(
      { inputs: 1, layers: [{ units: 1, activation: 'linear' }], init: { kind: 'constant', value: 1 } },
      createRng(1),
    );
    const x = Float64Array.from([1, 1, 1e200, 1]);
    const t = new Trainer(
      m,
      { n: 4, x, y: new Float64Array(4) },
      { ...OPTS, batchSize: 1, shuffle: false, momentum: 0 },
      createRng(1),
    );
    const r = t.run(10);
    expect(r.steps).toBe(2);
    expect(r.divergence?.what).toBe('loss');
    expect([t.step, t.cursor]).toEqual([2, 2]);
  });
});
