import { describe, expect, it } from 'vitest';
import { detmath } from '../../src/engine';
import {
  DEFAULT_FEATURES,
  featureLabel,
  featureRows,
  FEATURE_IDS,
  isDefaultFeatures,
} from '../../src/datasets/features';

describe('input features of a 2D point', () => {
  it('compute x₁, x₂, x₁², x₂², x₁x₂, sin x₁ and sin x₂ of each point, in the order asked', () => {
    const x = Float64Array.from([2, -3, 0.5, 1]);
    const out = featureRows(x, 2, ['sinx2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'x2', 'x1']);
    expect(Array.from(out)).toEqual([
      detmath.sin(-3),
      4,
      9,
      -6,
      detmath.sin(2),
      -3,
      2,
      detmath.sin(1),
      0.25,
      1,
      0.5,
      detmath.sin(0.5),
      1,
      0.5,
    ]);
  });

  it('the default x₁, x₂ gives back the data itself, so old runs replay bit for bit', () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    expect(featureRows(x, 2, DEFAULT_FEATURES)).toBe(x);
    expect(isDefaultFeatures(['x2', 'x1'])).toBe(false);
    expect(Array.from(featureRows(x, 2, ['x2', 'x1']))).toEqual([2, 1, 4, 3]);
  });

  it('a single feature gives one column', () => {
    expect(Array.from(featureRows(Float64Array.from([3, 5]), 1, ['x1sq']))).toEqual([9]);
  });

  it('each feature has the name the heatmap and diagram show', () => {
    expect(FEATURE_IDS.map(featureLabel)).toEqual(['x₁', 'x₂', 'x₁²', 'x₂²', 'x₁x₂', 'sin x₁', 'sin x₂']);
  });
});

describe('the sine of a feature', () => {
  it('agrees with Math.sin to a few units in the last place (Python and PyTorch compute it with libm)', () => {
    for (let i = -600; i <= 600; i++) {
      const x = i / 100;
      expect(Math.abs(detmath.sin(x) - Math.sin(x))).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(x)));
    }
  });
});
