import { describe, expect, it } from 'vitest';
import { createSession, type SessionState } from '../../src/session';
import { testHost } from './host';

const fresh = () => {
  const t = testHost();
  const s = createSession(t.host);
  return { ...t, s, S: (): SessionState => s.getState() };
};

/** Runs play's frames until it stops or `max` frames have run; returns the frames run. */
function playUntilStopped(runFrames: (n: number) => void, S: () => SessionState, max: number): number {
  let frames = 0;
  while (S().playing && frames < max) {
    runFrames(1);
    frames++;
  }
  return frames;
}

describe('play stops by itself', () => {
  it('when the test loss reaches the target, at a step whose measured test loss is at or below it', () => {
    const { S, runFrames } = fresh();
    S().setConfig({ dataset: 'gaussians', targetLoss: 0.2 });
    S().setSpeed(10);
    S().play();
    playUntilStopped(runFrames, S, 2000);
    expect(S().playing).toBe(false);
    expect(S().metrics.testLoss).toBeLessThanOrEqual(0.2);
    expect(S().metricsStep).toBe(S().step);
    expect(S().notice).toEqual({
      kind: 'info',
      text: expect.stringMatching(
        new RegExp(`^Stopped: test loss reached 0\\.2 at step ${S().step.toLocaleString('en')}`),
      ),
    });
    // The loss before the last frame was still above the target: it stopped at the first chance.
    const h = S().lossHistory;
    expect(h.test[h.test.length - 2]).toBeGreaterThan(0.2);
  });

  it('when the test loss has not improved for `patience` epochs', () => {
    const { S, runFrames } = fresh();
    // Two hidden units on XOR at a high rate: the test loss soon stops falling and wanders.
    S().setConfig({ dataset: 'xor', hidden: [2], lr: 3, patience: 2 });
    S().setSpeed(25);
    S().play();
    playUntilStopped(runFrames, S, 4000);
    expect(S().playing).toBe(false);
    expect(S().notice?.text).toMatch(
      /^Stopped: no improvement in 2 epochs \(lowest test loss .* at step [\d,]+\)\.$/,
    );
    const best = Number(/at step ([\d,]+)/.exec(S().notice!.text)![1].replace(/,/g, ''));
    // At least two epochs (250 training points, batches of 10: 25 steps each) after the best step.
    expect(S().step - best).toBeGreaterThanOrEqual(2 * 25);
  });

  it('not at all when both are off (the defaults)', () => {
    const { S, runFrames } = fresh();
    expect([S().config.patience, S().config.targetLoss]).toEqual([0, 0]);
    S().setSpeed(25);
    S().play();
    playUntilStopped(runFrames, S, 200);
    expect(S().playing).toBe(true);
    S().pause();
  });

  it('changing the settings does not mark the timeline or change the network', () => {
    const { S } = fresh();
    S().stepMany(5);
    const version = S().version;
    S().setConfig({ patience: 4, targetLoss: 0.1 });
    expect(S().config.patience).toBe(4);
    expect(S().version).toBe(version);
    const h = S().historyOf(S().branchId)!;
    for (let i = 0; i < h.count; i++) expect(h.markOf(i)).toBeNull();
  });
});
