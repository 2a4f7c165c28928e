import { describe, expect, it } from 'vitest';
import { fitScale, nextScale, niceCeil } from '../../src/session/scales';
import { formatTick, legendGradient, legendTicks } from '../../src/viz/legend';

describe('the colour scale and its legend', () => {
  it('rounds the half-range up to a nice number', () => {
    expect(niceCeil(0.73)).toBe(0.8);
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(1.01)).toBe(1.5);
    expect(niceCeil(23)).toBe(25);
    expect(fitScale(0)).toBeGreaterThan(0);
  });

  it('stays fixed while values stay inside, and widens (saying so) when one leaves', () => {
    expect(nextScale(1, 0.99)).toEqual({ max: 1, widened: false });
    expect(nextScale(1, 0.2)).toEqual({ max: 1, widened: false });
    expect(nextScale(1, 1.3)).toEqual({ max: 1.5, widened: true });
  });

  it('ticks the legend symmetrically with zero in the middle, labelled with signs', () => {
    expect(legendTicks(2)).toEqual([-2, -1, 0, 1, 2]);
    expect(legendTicks(0.8).map(formatTick)).toEqual(['−0.8', '−0.4', '0', '+0.4', '+0.8']);
  });

  it('draws the legend gradient through the exact neutral at 50%', () => {
    expect(legendGradient(4)).toContain('50.00%');
    expect(legendGradient(4)).toMatch(/rgb\(240, 240, 240\) 50\.00%|#f0f0f0 50\.00%/);
  });
});
