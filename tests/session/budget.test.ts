import { describe, expect, it } from 'vitest';
import { nextBudget } from '../../src/session/training';

describe("play's training budget per frame", () => {
  it('keeps its budget when frames are late on a machine busy with other work', () => {
    // A 66 ms interval (15 fps) of which training took 5 ms: training less would not bring the frames back.
    expect(nextBudget(5, 66, 5)).toBe(5);
  });

  it('shrinks when the frame would have been on time without its training, but not below 2 ms', () => {
    expect(nextBudget(5, 24, 5)).toBeCloseTo(3.5, 12);
    expect(nextBudget(2.2, 21, 2.2)).toBe(2);
  });

  it('grows back by half a millisecond a frame on time, up to 5 ms', () => {
    expect(nextBudget(3, 16.7, 3)).toBe(3.5);
    expect(nextBudget(4.8, 16.7, 4)).toBe(5);
  });
});
