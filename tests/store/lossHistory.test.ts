import { describe, expect, it } from 'vitest';
import { appendLoss, emptyLossHistory, type LossHistory } from '../../src/session/lossHistory';

/** A history fed one measurement per step from 0 to last, the train loss 1/(s+1), the test loss 2/(s+1). */
function fed(last: number, max: number, seen: (h: LossHistory) => void = () => {}): LossHistory {
  let h = emptyLossHistory();
  for (let s = 0; s <= last; s++) {
    h = appendLoss(h, s, 1 / (s + 1), 2 / (s + 1), max);
    seen(h);
  }
  return h;
}

describe('loss history', () => {
  it('never holds more than max points, however long training runs', () => {
    let most = 0;
    const h = fed(5000, 100, (x) => (most = Math.max(most, x.steps.length)));
    expect(most).toBe(100);
    // 5001 steps did not fit in 100 points: it was thinned (stride 64 = 2⁶ halvings).
    expect(h.stride).toBe(64);
  });

  for (const max of [100, 7]) {
    it(`keeps the first step and spaces every kept point one stride apart (max ${max}, even or odd)`, () => {
      const h = fed(5000, max);
      expect(h.steps[0]).toBe(0);
      const gaps = h.steps.slice(1).map((s, i) => s - h.steps[i]);
      expect(gaps).toEqual(gaps.map(() => h.stride));
    });
  }

  it('its newest point is less than one stride behind the last step measured', () => {
    const h = fed(5000, 100);
    // Steps 4992 (= 78 · 64) and 5000: the next point is due at 5056.
    expect(h.steps.at(-1)).toBe(4992);
  });

  it('each loss stays with the step it was measured at through every thinning', () => {
    const h = fed(5000, 100);
    expect(h.train).toEqual(h.steps.map((s) => 1 / (s + 1)));
    expect(h.test).toEqual(h.steps.map((s) => 2 / (s + 1)));
  });

  it('thinning drops every other point counting from the first, then takes points half as often', () => {
    // max 4: the fifth point (step 4) overflows; steps 0, 2 and 4 stay and points are then taken every 2 steps.
    const h = fed(4, 4);
    expect(h).toEqual({ steps: [0, 2, 4], train: [1, 1 / 3, 1 / 5], test: [2, 2 / 3, 2 / 5], stride: 2 });
  });

  it('a second measurement at the same step replaces the first (a lesson sets weights at step 0)', () => {
    let h = appendLoss(emptyLossHistory(), 0, 0.7, 0.8);
    h = appendLoss(h, 0, 2.5, 2.6);
    expect(h).toMatchObject({ steps: [0], train: [2.5], test: [2.6] });
  });

  it('does not change the history it was given (React sees a new one)', () => {
    const h = fed(3, 4);
    const copy = structuredClone(h);
    appendLoss(h, 4, 0.1, 0.2, 4);
    expect(h).toEqual(copy);
  });
});
