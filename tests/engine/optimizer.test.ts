/**
 * The SGD update, fed hand-chosen gradients so that each expected weight is one line of arithmetic:
 * g = gradient + l2·w + l1·sign(w) (weights only), clipped; v ← μv + g; w ← w − lr·v.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SGD,
  applyUpdate,
  createLayerRecords,
  createMlp,
  createOptimizerState,
  createRng,
  createUpdateScratch,
  createWorkspace,
  type Mlp,
  type SgdOptions,
} from '../../src/engine';

/** One layer, 3 inputs → 2 units, with the given weights, biases and loss gradients. */
function setup(w: number[], b: number[], gw: number[], gb: number[]) {
  const m: Mlp = createMlp(
    { inputs: 3, layers: [{ units: 2, activation: 'linear' }], init: { kind: 'zeros' } },
    createRng(0),
  );
  m.layers[0].weights.set(w);
  m.layers[0].biases.set(b);
  const ws = createWorkspace(m, 1);
  const state = createOptimizerState(m);
  const scratch = createUpdateScratch(m);
  const step = (o: Partial<SgdOptions>, grads: { gw: number[]; gb: number[] } = { gw, gb }) => {
    ws.gradW[0].set(grads.gw);
    ws.gradB[0].set(grads.gb);
    const records = createLayerRecords(m);
    const div = applyUpdate(m, ws, state, scratch, { ...DEFAULT_SGD, ...o }, records);
    expect(div).toBeNull();
    return records[0];
  };
  return { m, layer: m.layers[0], state, step };
}

const W = [0.5, -0.25, 0, 2, -1, 0.125];
const B = [0.5, -0.75];
const ZERO_W = [0, 0, 0, 0, 0, 0];
const ZERO_B = [0, 0];

describe('penalties', () => {
  it('l2 adds l2·w to each weight gradient and never touches a bias', () => {
    const { layer, step } = setup(W, B, ZERO_W, ZERO_B);
    step({ lr: 0.5, l2: 0.1 });
    expect([...layer.weights]).toEqual(W.map((w) => w - 0.5 * (0.1 * w)));
    expect([...layer.biases]).toEqual(B);
  });

  it('l1 adds l1·sign(w) to each weight gradient, with sign(0) = 0, and never touches a bias', () => {
    const { layer, step } = setup(W, B, ZERO_W, ZERO_B);
    step({ lr: 0.5, l1: 0.1 });
    expect([...layer.weights]).toEqual(W.map((w) => w - 0.5 * 0.1 * Math.sign(w)));
    expect(layer.weights[2]).toBe(0);
    expect([...layer.biases]).toEqual(B);
  });

  it('the recorded gradient is gradient + l2·w + l1·sign(w) for weights and the bare gradient for biases', () => {
    const gw = [0.1, 0.2, -0.3, 0.4, 0, -0.6];
    const gb = [0.7, -0.8];
    const { step } = setup(W, B, gw, gb);
    const rec = step({ lr: 0.1, l2: 0.01, l1: 0.001 });
    expect([...rec.grad]).toEqual(W.map((w, i) => gw[i] + 0.01 * w + 0.001 * Math.sign(w)));
    expect([...rec.gradData]).toEqual(gw);
    expect([...rec.biasGrad]).toEqual(gb);
  });
});

describe('momentum', () => {
  it('keeps a velocity v ← μv + g and steps w ← w − lr·v, for weights and biases alike', () => {
    const g1 = { gw: [1, -1, 0.5, 0, 2, -2], gb: [1, -0.5] };
    const g2 = { gw: [0.5, 0.5, -1, 1, 0, 1], gb: [-1, 2] };
    const { layer, state, step } = setup(W, B, g1.gw, g1.gb);
    step({ lr: 0.1, momentum: 0.9 }, g1);
    const rec = step({ lr: 0.1, momentum: 0.9 }, g2);
    const v = W.map((_, i) => 0.9 * g1.gw[i] + g2.gw[i]);
    const vb = B.map((_, i) => 0.9 * g1.gb[i] + g2.gb[i]);
    expect([...rec.velocityBefore]).toEqual(g1.gw);
    expect([...state.vW[0]]).toEqual(v);
    expect([...state.vB[0]]).toEqual(vb);
    expect([...layer.weights]).toEqual(W.map((w, i) => w - 0.1 * g1.gw[i] - 0.1 * v[i]));
    expect([...layer.biases]).toEqual(B.map((b, i) => b - 0.1 * g1.gb[i] - 0.1 * vb[i]));
  });
});

describe('clipping', () => {
  it('clips each gradient component to [−clip, clip] before the step, biases included', () => {
    const gw = [5, -5, 0.5, -0.5, 1, -100];
    const gb = [3, -0.25];
    const { layer, step } = setup(W, B, gw, gb);
    const rec = step({ lr: 0.1, clip: 1 });
    const clipped = gw.map((g) => Math.max(-1, Math.min(1, g)));
    expect([...rec.grad]).toEqual(clipped);
    expect([...layer.weights]).toEqual(W.map((w, i) => w - 0.1 * clipped[i]));
    expect([...layer.biases]).toEqual([0.5 - 0.1 * 1, -0.75 - 0.1 * -0.25]);
  });
});

describe('nonNegative', () => {
  it('holds every weight at max(w, 0) after the step and leaves biases free to go negative', () => {
    const { layer, step } = setup(W, B, [1, -1, 1, 1, -1, 1], [2, 2]);
    step({ lr: 1, nonNegative: true });
    expect([...layer.weights]).toEqual([0, 0.75, 0, 1, 0, 0]);
    expect([...layer.biases]).toEqual([-1.5, -2.75]);
  });
});

describe("l1Mode 'clip_at_zero'", () => {
  it('stops a weight the L1 step would carry across zero at exactly 0, and shrinks the rest by lr·l1', () => {
    const w = [0.01, -0.01, 0.03, -0.5, 0.5, 0];
    const { layer, step } = setup(w, B, ZERO_W, ZERO_B);
    step({ lr: 1, l1: 0.03, l1Mode: 'clip_at_zero' });
    expect([...layer.weights]).toEqual([0, 0, 0, -0.5 + 0.03, 0.5 - 0.03, 0]);
    expect(Object.is(layer.weights[0], 0) && Object.is(layer.weights[1], 0)).toBe(true);
  });

  it('never lets the L1 step flip a sign over many steps, and ends at exact zeros', () => {
    const w = [0.2, -0.2, 0.05, -0.05, 0.11, -0.13];
    const { layer, step } = setup(w, B, ZERO_W, ZERO_B);
    for (let s = 0; s < 20; s++) {
      const rec = step({ lr: 0.5, l1: 0.02, l1Mode: 'clip_at_zero' });
      expect(rec.flipped.length).toBe(0);
      for (let i = 0; i < w.length; i++)
        expect(Math.sign(layer.weights[i]) * Math.sign(w[i])).toBeGreaterThanOrEqual(0);
    }
    expect([...layer.weights]).toEqual(ZERO_W);
  });

  it('in subgradient mode the same L1 step overshoots and oscillates around zero instead', () => {
    const { layer, step } = setup([0.004, 0, 0, 0, 0, 0], B, ZERO_W, ZERO_B);
    const path: number[] = [];
    for (let s = 0; s < 4; s++) {
      step({ lr: 0.5, l1: 0.02 });
      path.push(layer.weights[0]);
    }
    // 0.004 − 0.01 = −0.006, then +0.004, −0.006, +0.004: never exactly 0.
    expect(path.map((v) => Math.sign(v))).toEqual([-1, 1, -1, 1]);
    expect(path.every((v) => Math.abs(v) > 0.003)).toBe(true);
  });
});

describe('frozen and pruned weights', () => {
  it('a frozen weight keeps its value while the others move', () => {
    const { layer, step } = setup(W, B, [1, 1, 1, 1, 1, 1], ZERO_B);
    layer.frozen = Uint8Array.from([1, 0, 0, 0, 0, 1]);
    const rec = step({ lr: 0.1, l2: 0.5, momentum: 0.9 });
    expect(layer.weights[0]).toBe(W[0]);
    expect(layer.weights[5]).toBe(W[5]);
    expect(layer.weights[1]).toBe(W[1] - 0.1 * (1 + 0.5 * W[1]));
    expect(rec.update[0]).toBe(0);
  });

  it('a pruned weight is exactly 0 after the step, whatever its gradient', () => {
    const { layer, step } = setup(W, B, [1, -1, 1, -1, 1, -1], ZERO_B);
    layer.pruned = Uint8Array.from([0, 1, 0, 1, 0, 0]);
    step({ lr: 0.1, momentum: 0.5, l1: 0.1 });
    expect(Object.is(layer.weights[1], 0)).toBe(true);
    expect(Object.is(layer.weights[3], 0)).toBe(true);
  });
});

describe('the step record', () => {
  it('update is exactly after − before, and flipped lists exactly the strict sign changes', () => {
    // Weights 0.5 → −0.5 flips; −0.25 → 0 does not (0 is not strictly signed); 0 → 0.1 does not; 2 → 1 does not.
    const { step } = setup(W, B, [1, -0.25, -0.1, 1, -2, 1], [0.5, 0.5]);
    const rec = step({ lr: 1 });
    for (let i = 0; i < W.length; i++) expect(rec.update[i]).toBe(rec.weightsAfter[i] - rec.weightsBefore[i]);
    for (let i = 0; i < B.length; i++)
      expect(rec.biasUpdate[i]).toBe(rec.biasesAfter[i] - rec.biasesBefore[i]);
    expect([...rec.weightsBefore]).toEqual(W);
    expect([...rec.weightsAfter]).toEqual([-0.5, 0, 0.1, 1, 1, -0.875]);
    expect([...rec.flipped]).toEqual([0, 4, 5]);
  });

  it('holds copies: later steps do not change an earlier record', () => {
    const { step } = setup(W, B, [1, 1, 1, 1, 1, 1], [1, 1]);
    const rec = step({ lr: 0.1 });
    const after = rec.weightsAfter.slice();
    step({ lr: 0.1 });
    expect([...rec.weightsAfter]).toEqual([...after]);
  });
});
