import { describe, expect, it } from 'vitest';
import { activationCurves } from '../../src/viz/activationPlot';

describe('activationCurves', () => {
  it('samples relu and its derivative: 0 left of the origin, z and 1 right of it', () => {
    const { z, f, df } = activationCurves('relu', 9, 4);
    expect(Array.from(z)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(Array.from(f)).toEqual([0, 0, 0, 0, 0, 1, 2, 3, 4]);
    expect(Array.from(df)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('samples tanh with derivative 1 − tanh²', () => {
    const { f, df } = activationCurves('tanh', 3, 1);
    expect(f[1]).toBe(0);
    expect(df[1]).toBe(1);
    expect(df[2]).toBeCloseTo(1 - Math.tanh(1) ** 2, 12);
  });
});
