import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetricsPanel } from '../../../src/components/metrics/MetricsPanel';
import { resetStore, session, useStore } from '../../../src/store';

describe('metrics panel', () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.restoreAllMocks());

  it('shows train and test loss and accuracy, and follows a training step', () => {
    render(<MetricsPanel />);
    const m = useStore.getState().metrics;
    expect(screen.getByTestId('train-loss')).toHaveTextContent(m.trainLoss.toFixed(4));
    expect(screen.getByTestId('test-accuracy')).toHaveTextContent(/%$/);
    act(() => useStore.getState().stepEpoch());
    expect(screen.getByTestId('train-loss')).toHaveTextContent(
      useStore.getState().metrics.trainLoss.toFixed(4),
    );
    expect(screen.getByTestId('metrics-note')).toHaveTextContent(
      /Measured on all train and test data at step \d+/,
    );
  });

  it('says when the figures were measured before the current step', () => {
    render(<MetricsPanel />);
    act(() => session.setState({ step: 120, metricsStep: 100 }));
    expect(screen.getByTestId('metrics-note')).toHaveTextContent('Measured at step 100');
  });

  it('has a loss chart described in words', () => {
    render(<MetricsPanel />);
    expect(screen.getByRole('img', { name: /Loss chart/ })).toBeInTheDocument();
  });

  it('during play a frame trains as many batches as fit its budget, then measures once', () => {
    const fake = fakeClock(1);
    useStore.getState().setSpeed(0);
    useStore.getState().trainFrame(8);
    const after = useStore.getState();
    // Batches of 1 ms in an 8 ms budget: the frame never overruns it and leaves at most one batch unused.
    expect(fake.spent()).toBeLessThanOrEqual(8);
    expect(fake.spent()).toBeGreaterThanOrEqual(7);
    expect(after.step).toBe(fake.spent());
    // The figures shown describe the weights shown.
    expect(after.metricsStep).toBe(after.step);
  });

  it('a speed limit caps the batches of a frame, whatever its budget', () => {
    fakeClock(1);
    useStore.getState().setSpeed(3);
    useStore.getState().trainFrame(100);
    expect(useStore.getState().step).toBe(3);
  });
});

/**
 * Replaces the wall clock (this machine is shared and noisy) by one that only moves when a training batch
 * runs, by msPerBatch each.
 */
function fakeClock(msPerBatch: number) {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const { trainer } = useStore.getState();
  const train = trainer.trainBatch.bind(trainer);
  let batches = 0;
  vi.spyOn(trainer, 'trainBatch').mockImplementation((record) => {
    now += msPerBatch;
    batches++;
    return train(record);
  });
  return { spent: () => batches * msPerBatch };
}
