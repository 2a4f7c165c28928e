import { describe, expect, it } from 'vitest';
import {
  autoStopRule,
  stopMessage,
  type AutoStopMemory,
  type AutoStopSettings,
  type StopReason,
} from '../../src/session/autoStop';

/** Feeds test losses measured at epochs 0, 1, 2, … (step = 100 × epoch); returns where play stopped. */
function run(losses: number[], s: AutoStopSettings, epochsPerReading = 1): StopReason | null {
  let memory: AutoStopMemory | null = null;
  for (let i = 0; i < losses.length; i++) {
    const r = autoStopRule(memory, { step: 100 * i, epoch: i * epochsPerReading, testLoss: losses[i] }, s);
    if (r.stop) return r.stop;
    memory = r.memory;
  }
  return null;
}

describe('auto-stop by patience (no lower test loss for N epochs)', () => {
  it('stops N epochs after the lowest test loss, not before', () => {
    const losses = [1, 0.8, 0.7, 0.7, 0.71, 0.69, 0.7, 0.7, 0.75, 0.7, 0.7];
    expect(run(losses, { patience: 3, targetLoss: 0 })).toEqual({
      kind: 'patience',
      epochs: 3,
      best: 0.69,
      bestStep: 500,
      step: 800,
    });
  });

  it('an equal loss is not an improvement', () => {
    expect(run([0.5, 0.5, 0.5], { patience: 2, targetLoss: 0 })).toMatchObject({ step: 200, bestStep: 0 });
  });

  it('a loss that keeps falling never stops play', () => {
    const falling = Array.from({ length: 50 }, (_, i) => 1 / (i + 1));
    expect(run(falling, { patience: 1, targetLoss: 0 })).toBeNull();
  });

  it('counts epochs, not readings: many readings within one epoch do not use patience up', () => {
    const flat = new Array(40).fill(0.3);
    // Readings every tenth of an epoch: 40 readings span 3.9 epochs.
    expect(run(flat, { patience: 5, targetLoss: 0 }, 0.1)).toBeNull();
    expect(run(flat, { patience: 3, targetLoss: 0 }, 0.1)).toMatchObject({ kind: 'patience', step: 3000 });
  });

  it('is off at 0', () => {
    expect(run([0.5, 0.6, 0.7, 0.8, 0.9], { patience: 0, targetLoss: 0 })).toBeNull();
  });

  it('a reading without a test loss (no test rows) decides nothing', () => {
    expect(run([NaN, NaN, NaN, NaN], { patience: 1, targetLoss: 0.5 })).toBeNull();
  });
});

describe('auto-stop at a target loss', () => {
  it('stops at the first test loss at or below the target', () => {
    expect(run([0.9, 0.5, 0.2, 0.049, 0.01], { patience: 0, targetLoss: 0.05 })).toEqual({
      kind: 'target',
      target: 0.05,
      loss: 0.049,
      step: 300,
    });
    expect(run([0.9, 0.05], { patience: 0, targetLoss: 0.05 })).toMatchObject({ step: 100 });
  });

  it('is checked before patience, and on the first reading too', () => {
    expect(run([0.01], { patience: 1, targetLoss: 0.05 })).toMatchObject({ kind: 'target', step: 0 });
    expect(run([0.5, 0.6, 0.04], { patience: 2, targetLoss: 0.05 })).toMatchObject({ kind: 'target' });
  });

  it('is off at 0', () => {
    expect(run([0.5, 0.1, 0], { patience: 0, targetLoss: 0 })).toBeNull();
  });
});

describe('the notice says why', () => {
  it('names the target and the step, or the patience and the best step', () => {
    expect(stopMessage({ kind: 'target', target: 0.05, loss: 0.049, step: 1234 })).toMatch(
      /^Stopped: test loss reached 0\.05 at step 1,234/,
    );
    expect(
      stopMessage({ kind: 'patience', epochs: 5, best: 0.1234, bestStep: 1_000_000, step: 1_000_500 }),
    ).toBe('Stopped: no improvement in 5 epochs (lowest test loss 0.123 at step 1,000,000).');
    expect(stopMessage({ kind: 'patience', epochs: 1, best: 0.5, bestStep: 7, step: 9 })).toMatch(
      /in 1 epoch \(/,
    );
  });
});
