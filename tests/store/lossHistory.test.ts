import { describe, expect, it } from 'vitest';
import { appendLoss, emptyLossHistory } from '../../src/session/lossHistory';

describe('loss history', () => {
  it('keeps at most max points, evenly thinned, first and last kept', () => {
    let h = emptyLossHistory();
    for (let s = 0; s <= 5000; s++) h = appendLoss(h, s, 1 / (s + 1), 2 / (s + 1), 100);
    expect(h.steps.length).toBeLessThanOrEqual(100);
    expect(h.steps[0]).toBe(0);
    const gaps = h.steps.slice(1).map((s, i) => s - h.steps[i]);
    expect(Math.max(...gaps.slice(0, -1))).toBe(Math.min(...gaps.slice(0, -1)));
  });

  it('a second measurement at the same step replaces the first (a lesson sets weights at step 0)', () => {
    let h = appendLoss(emptyLossHistory(), 0, 0.7, 0.8);
    h = appendLoss(h, 0, 2.5, 2.6);
    expect(h).toMatchObject({ steps: [0], train: [2.5], test: [2.6] });
  });
});
