/** Losses at the extremes, and which output layer each loss needs. (Values and δ elsewhere: gradients.test.ts.) */
import { describe, expect, it } from 'vitest';
import { activateBlock, lossAndOutputDelta, lossMismatch } from '../../src/engine';
import { close } from './reference';

function lossOf(loss: 'binary_cross_entropy' | 'cross_entropy', zs: number[], ys: number[]) {
  const z = Float64Array.from(zs);
  const a = new Float64Array(z.length);
  activateBlock(loss === 'cross_entropy' ? 'softmax' : 'sigmoid', z, a, 1, z.length);
  const delta = new Float64Array(z.length);
  return {
    total: lossAndOutputDelta(
      loss,
      loss === 'cross_entropy' ? 'softmax' : 'sigmoid',
      z,
      a,
      Float64Array.from(ys),
      delta,
      1,
      z.length,
    ),
    delta,
  };
}

describe('cross-entropies from total inputs', () => {
  it('binary cross-entropy of a confidently wrong sigmoid (z = −1000, y = 1) is 1000, not Infinity', () => {
    const { total, delta } = lossOf('binary_cross_entropy', [-1000], [1]);
    expect(total).toBe(1000);
    expect([...delta]).toEqual([-1]);
  });

  it('cross-entropy of a confidently wrong softmax (z = (1000, 0), class 2) is 1000, not Infinity', () => {
    const { total, delta } = lossOf('cross_entropy', [1000, 0], [0, 1]);
    expect(total).toBe(1000);
    expect([...delta]).toEqual([1, -1]);
  });

  it('binary cross-entropy of a right answer is log(1 + e^−z)', () => {
    expect(close(lossOf('binary_cross_entropy', [2], [1]).total, Math.log1p(Math.exp(-2)), 1e-15)).toBe(true);
  });
});

describe('lossMismatch', () => {
  it('binary cross-entropy needs a sigmoid output and cross-entropy a softmax one; mse takes any', () => {
    expect(lossMismatch('binary_cross_entropy', 'tanh')).toBe(
      "loss 'binary_cross_entropy' needs a sigmoid output layer, not tanh",
    );
    expect(lossMismatch('cross_entropy', 'sigmoid')).toBe(
      "loss 'cross_entropy' needs a softmax output layer, not sigmoid",
    );
    expect(lossMismatch('binary_cross_entropy', 'sigmoid')).toBeNull();
    expect(lossMismatch('cross_entropy', 'softmax')).toBeNull();
    expect(lossMismatch('mse', 'softmax')).toBeNull();
    expect(lossMismatch('mse', 'relu')).toBeNull();
  });
});
