import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../src/store';

const S = () => useStore.getState();
const weights = () =>
  S()
    .mlp.layers.map((l) => [...l.weights, ...l.biases])
    .flat();
const steps = (n: number) => {
  for (let i = 0; i < n; i++) S().stepBatch();
};

describe('timeline slice', () => {
  beforeEach(() => {
    resetStore();
    S().setConfig({ hidden: [4, 3], momentum: 0.9, batchSize: 5, seed: 3 });
  });

  it('records every step, so scrubbing back shows the weights recorded at that step', () => {
    const seen: number[][] = [weights()];
    for (let i = 0; i < 60; i++) {
      S().stepBatch();
      seen.push(weights());
    }
    const h = S().historyOf(S().branchId)!;
    expect(h.count).toBe(61);
    S().scrubTo(10);
    expect(S().step).toBe(10);
    expect(weights()).toEqual(seen[10]);
    S().timelineBack();
    expect(weights()).toEqual(seen[9]);
    S().timelineForward();
    S().timelineForward();
    expect(weights()).toEqual(seen[11]);
    S().returnToLive();
    expect(S().viewIndex).toBeNull();
    expect(weights()).toEqual(seen[60]);
  });

  it('replaying from an earlier step with the same seed gives bit-identical weights (momentum included)', () => {
    steps(40);
    const live = weights();
    S().scrubTo(15);
    steps(25);
    expect(S().step).toBe(40);
    const replay = weights();
    expect(replay.every((v, i) => Object.is(v, live[i]))).toBe(true);
  });

  it('training from an earlier step forks a branch; the old branch stays selectable until discarded', () => {
    steps(30);
    const main = S().branchId;
    const oldHead = weights();
    S().scrubTo(10);
    S().setConfig({ lr: 0.1 });
    steps(5);
    const fork = S().branchId;
    expect(fork).not.toBe(main);
    expect(S().branches.map((b) => b.forkStep)).toEqual([null, 10]);
    expect(S().step).toBe(15);
    const forkHead = weights();
    expect(forkHead).not.toEqual(oldHead);
    S().selectBranch(main);
    expect(S().step).toBe(30);
    expect(weights()).toEqual(oldHead);
    S().selectBranch(fork);
    expect(weights()).toEqual(forkHead);
    S().discardBranch(main);
    expect(S().branches.map((b) => b.id)).toEqual([fork]);
    expect(S().historyOf(main)).toBeUndefined();
  });

  it('marks hand edits and setting changes on the timeline', () => {
    steps(3);
    S().editWeights('paint', (m) => {
      m.layers[0].weights[0] = 2;
    });
    S().setConfig({ lr: 0.05 });
    const h = S().historyOf(S().branchId)!;
    expect(h.markOf(h.count - 1)?.label).toBe('paint; lr');
    expect(h.value(h.count - 1, 0)).toBe(2);
  });

  it('a rebuilt network starts a new timeline', () => {
    steps(5);
    S().setConfig({ hidden: [2] });
    expect(S().historyOf(S().branchId)!.count).toBe(1);
    expect(S().branches).toHaveLength(1);
  });

  it('pins a step and keeps its weights for comparison; tracks at most 8 weights', () => {
    steps(3);
    S().pinStep(true);
    expect(S().pinned?.step).toBe(3);
    expect([...S().pinned!.weights[0]]).toEqual([...S().mlp.layers[0].weights]);
    for (let i = 0; i < 10; i++) S().toggleTracked({ layer: 0, row: 0, col: i % 2 ? 0 : 1 });
    for (let i = 0; i < 10; i++) S().toggleTracked({ layer: 1, row: i % 3, col: i % 4 });
    expect(S().tracked.length).toBeLessThanOrEqual(8);
  });
});
