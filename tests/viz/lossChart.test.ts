import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestTestIndex, decimateIndices, lossCeiling, lossScales } from '../../src/viz/lossChart';

describe('loss chart decimation', () => {
  it('keeps every point when there are no more than the cap', () => {
    expect(decimateIndices([3, 2, 1], 10)).toEqual([0, 1, 2]);
  });

  it('keeps at most N points, in order, with the first, the last, the lowest and the highest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 4, max: 400 }),
        (values, cap) => {
          const idx = decimateIndices(values, cap);
          expect(idx.length).toBeLessThanOrEqual(cap);
          for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
          expect(idx[0]).toBe(0);
          expect(idx[idx.length - 1]).toBe(values.length - 1);
          const kept = idx.map((i) => values[i]);
          expect(Math.max(...kept)).toBe(Math.max(...values));
          expect(Math.min(...kept)).toBe(Math.min(...values));
        },
      ),
    );
  });

  it('a single spike in a long flat run survives decimation', () => {
    const v = new Array(1000).fill(0.5);
    v[613] = 9;
    const idx = decimateIndices(v, 50);
    expect(idx).toContain(613);
  });

  it('skips values that are not finite (a refused step has no loss)', () => {
    expect(decimateIndices([1, NaN, Infinity, 2], 10)).toEqual([0, 3]);
  });

  it('the y axis starts at 0 and reaches the largest finite loss of either series', () => {
    const s = { steps: [0, 10, 20], train: [0.9, 0.5, NaN], test: [1.2, 0.6, 0.4] };
    expect(lossCeiling(s)).toBe(1.2);
    const { x, y } = lossScales(s, { width: 300, height: 140 });
    expect(y.domain[0]).toBe(0);
    expect(y.domain[1]).toBeGreaterThanOrEqual(1.2);
    expect(x.domain).toEqual([0, 20]);
  });

  it('before any loss is recorded the y axis reads 0 to 1, not a tiny floor (regression: axis ticks of 1e-10)', () => {
    expect(lossCeiling({ steps: [], train: [], test: [] })).toBe(1);
  });
});

describe('early stopping mark', () => {
  it('is at the lowest finite test loss, and absent without one', () => {
    expect(
      bestTestIndex({ steps: [0, 10, 20, 30], train: [1, 0.5, 0.3, 0.1], test: [1, 0.4, NaN, 0.6] }),
    ).toBe(1);
    expect(bestTestIndex({ steps: [0], train: [1], test: [NaN] })).toBe(-1);
  });
});
