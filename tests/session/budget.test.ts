import { describe, expect, it } from 'vitest';
import { nextBudget } from '../../src/session/training';

describe("play's training budget per frame", () => {
  it('keeps its budget when frames are late on a machine busy with other work', () => {
    // A 66 ms interval (15 fps) of which play took 6 ms: training less would not bring the frames back.
    expect(nextBudget(5, 66, 6)).toBe(5);
  });

  it("shrinks when play's own work made the frame late, but not below 2 ms", () => {
    expect(nextBudget(5, 30, 20)).toBeCloseTo(3.5, 12);
    expect(nextBudget(2.2, 30, 20)).toBe(2);
  });

  it('grows back by half a millisecond a frame on time, up to 5 ms', () => {
    expect(nextBudget(3, 16.7, 3)).toBe(3.5);
    expect(nextBudget(4.8, 16.7, 4)).toBe(5);
  });
});
