import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricsPanel } from '../../../src/components/metrics/MetricsPanel';
import { resetStore, session, useStore } from '../../../src/store';

describe('metrics panel', () => {
  beforeEach(() => resetStore());

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

  it('during play each frame keeps to its budget and the losses follow', () => {
    const s = useStore.getState();
    s.setSpeed(0);
    const t0 = performance.now();
    s.trainFrame(8);
    const took = performance.now() - t0;
    const after = useStore.getState();
    expect(after.step).toBeGreaterThan(0);
    expect(after.metricsStep).toBe(after.step);
    // The budget plus one batch and one measurement on this small set; generous for a shared test machine.
    expect(took).toBeLessThan(60);
  });
});
