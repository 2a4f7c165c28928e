import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';

const S = () => useStore.getState();

describe('lesson slice', () => {
  beforeEach(() => resetStore());

  // Regression: openLesson set the hand-set weights on the network setConfig built, then reset() built another
  // from the seed, so the lesson ran on a plain network and its check compared that with the hand-set start.
  it('opening a lesson leaves its hand-set weights on the live network, and they are its start', () => {
    S().openLesson('excitation-inhibition');
    expect(Array.from(S().mlp.layers[0].weights)).toEqual([1.5, -1.5]);
    expect(Array.from(S().lessonStart!.w[0])).toEqual([1.5, -1.5]);
    expect(S().lessonResult?.passed).toBe(false);
  });

  it('an all-positive start stays all positive until training, so no weight has turned negative yet', () => {
    S().openLesson('negative-weights');
    expect(S().mlp.layers.every((l) => l.weights.every((w) => w > 0))).toBe(true);
    expect(S().lessonResult?.status).toMatch(/^0 weights have turned negative/);
  });

  it('reopening the same lesson starts it again from the same weights', () => {
    S().openLesson('positive-only');
    const first = S().mlp.layers.map((l) => Array.from(l.weights));
    for (let i = 0; i < 20; i++) S().stepBatch();
    S().openLesson('positive-only');
    expect(S().step).toBe(0);
    expect(S().mlp.layers.map((l) => Array.from(l.weights))).toEqual(first);
  });
});
