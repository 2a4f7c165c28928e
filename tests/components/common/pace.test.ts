import { describe, expect, it } from 'vitest';
import { playingWait, recomputeDue, SHARE } from '../../../src/components/common/pace';

describe('pace of costly figures', () => {
  const at = { version: 5, time: 1000, cost: 300 };

  it('paused, a figure is recomputed as soon as the weights moved, and not when they did not', () => {
    expect(recomputeDue(at, 6, false, 1000)).toBe(true);
    expect(recomputeDue(at, 5, false, 99_999)).toBe(false);
  });

  it('while playing, a figure that took 300 ms waits until it keeps to its share of the time', () => {
    expect(playingWait(300, 0)).toBe(300 / SHARE);
    expect(recomputeDue(at, 9, true, 1000 + 300 / SHARE - 1)).toBe(false);
    expect(recomputeDue(at, 9, true, 1000 + 300 / SHARE)).toBe(true);
  });

  it('while playing, a cheap figure follows every publish unless a minimum wait is asked for', () => {
    const cheap = { version: 5, time: 1000, cost: 0.2 };
    expect(recomputeDue(cheap, 6, true, 1016)).toBe(true);
    expect(recomputeDue(cheap, 6, true, 1016, 1000)).toBe(false);
    expect(recomputeDue(cheap, 6, true, 2000, 1000)).toBe(true);
  });
});
