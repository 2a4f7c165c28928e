import { describe, expect, it } from 'vitest';
import type { WeightStep } from '../../src/inspector/arithmetic';
import { explainStep, signed } from '../../src/inspector/sentence';

/** A one-sample step of plain SGD with lr 0.5: grad = δ·a, update = −0.5·grad. */
function step(delta: number, a: number, before: number, extra: Partial<WeightStep> = {}): WeightStep {
  const grad = delta * a;
  const update = -0.5 * grad;
  return {
    layer: 1,
    row: 0,
    col: 0,
    sender: 'relu',
    before,
    samples: [{ sample: 0, delta, a, product: grad }],
    mean: grad,
    l2Term: 0,
    l1Term: 0,
    clipped: false,
    held: null,
    grad,
    momentum: 0,
    velocityBefore: 0,
    velocity: grad,
    lr: 0.5,
    stepped: before + update,
    update,
    after: before + update,
    adjusted: null,
    ...extra,
  };
}

describe('the sentence that explains a step', () => {
  it('positive a and positive δ: positive gradient, pushed down, across zero', () => {
    expect(explainStep(step(0.21, 0.83, 0.05))).toBe(
      'a = +0.83 ≥ 0 (ReLU output), δ = +0.21, so the gradient is positive and the step pushed the weight down, across zero: it is now negative.',
    );
  });

  it('positive a and negative δ: negative gradient, pushed up, stays positive', () => {
    expect(explainStep(step(-0.4, 0.5, 0.3))).toBe(
      'a = +0.50 ≥ 0 (ReLU output), δ = −0.40, so the gradient is negative and the step pushed the weight up, it stays positive.',
    );
  });

  it('negative input and negative δ: the product is positive', () => {
    const s = explainStep(step(-0.5, -1, -0.1, { layer: 0, sender: 'input' }));
    expect(s).toContain('x = −1.00 (input), δ = −0.50, so the gradient is positive');
    expect(s).toContain('pushed the weight down, it stays negative');
  });

  it('a zero activation contributes nothing: the weight does not move', () => {
    const s = explainStep(step(0.7, 0, 0.2));
    expect(s).toContain('a = 0 (ReLU output), so this sample contributes nothing');
    expect(s).toContain('the gradient is zero and the weight did not move');
  });

  it('over a batch, counts the products by sign and says a is never negative after ReLU', () => {
    const w = step(0.2, 0.5, -0.01);
    w.samples = [
      { sample: 0, delta: 0.2, a: 0.5, product: 0.1 },
      { sample: 1, delta: -0.1, a: 0.2, product: -0.02 },
      { sample: 2, delta: 0.3, a: 0, product: 0 },
    ];
    w.mean = w.grad = 0.08 / 3;
    w.update = -0.5 * w.grad;
    w.after = w.before + w.update;
    const s = explainStep(w);
    expect(s).toContain(
      'Over the 3 samples δ·a averages +0.027 (1 positive, 1 negative, 1 zero; a is never negative here',
    );
    expect(s).toContain('pushed the weight down, it stays negative');
  });

  it('momentum that carries a weight against its gradient is named', () => {
    const s = explainStep(step(0.1, 0.5, 0.2, { update: 0.03, after: 0.23, momentum: 0.9, velocity: -0.06 }));
    expect(s).toContain('pushed the weight up (momentum carried it against the gradient)');
  });

  it('L2 and landing on exactly zero', () => {
    const s = explainStep(step(0.1, 0.5, 0.1, { l2Term: 0.001, grad: 0.051, update: -0.1, after: 0 }));
    expect(s).toContain('L2 adds +0.001, so the gradient is positive');
    expect(s).toContain('to exactly 0');
  });

  it('a held weight is named by what held it, as the step recorded it (a frozen 0 is not called pruned)', () => {
    const frozenAtZero = step(0.1, 0.5, 0, { held: 'frozen', grad: 0, update: 0, after: 0 });
    expect(explainStep(frozenAtZero)).toBe('This weight is frozen: the step did not move it.');
    const pruned = step(0.1, 0.5, 0, { held: 'pruned', grad: 0, update: 0, after: 0 });
    expect(explainStep(pruned)).toBe('This weight is pruned: the step did not move it.');
  });

  it('L1 clipped at zero: a weight pulled towards 0 is not said to stop there', () => {
    const shrunk = step(0.1, 0.5, 0.3, {
      stepped: 0.275,
      update: -0.035,
      after: 0.265,
      adjusted: 'l1-shrink',
    });
    expect(explainStep(shrunk)).toContain('; the separate L1 step then pulled it towards 0');
    expect(explainStep(shrunk)).not.toContain('stopped it at 0');
    const zeroed = step(0.1, 0.5, 0.02, { stepped: -0.005, update: -0.02, after: 0, adjusted: 'l1-zero' });
    expect(explainStep(zeroed)).toContain('; L1 clipping stopped it at 0');
  });

  it('signed numbers keep their sign visible', () => {
    expect(signed(0.00001)).toBe('+1×10⁻⁵');
    expect(signed(-1.3e114)).toBe('−1.3×10¹¹⁴');
    expect(signed(-0.5)).toBe('−0.50');
    expect(signed(0)).toBe('0');
  });
});
