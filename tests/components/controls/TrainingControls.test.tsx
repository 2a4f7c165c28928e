import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TrainingControls } from '../../../src/components/controls/TrainingControls';
import { Notices } from '../../../src/components/layout/Notices';
import { resetStore, useStore } from '../../../src/store';
import { createSession } from '../../../src/session';
import { testHost } from '../../session/host';
import { useGlobalKeys } from '../../../src/components/keys/useGlobalKeys';

const weights = () => useStore.getState().mlp.layers.map((l) => Array.from(l.weights));

describe('training controls', () => {
  beforeEach(() => resetStore());

  it('Step trains one batch: the weights change and the step counter reads 1', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    const before = weights();
    expect(screen.getByTestId('step-count')).toHaveTextContent('0');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByTestId('step-count')).toHaveTextContent('1');
    expect(weights()).not.toEqual(before);
  });

  it('Step epoch trains to the end of the epoch and the epoch counter reads 1', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    await user.click(screen.getByRole('button', { name: 'Step epoch' }));
    const { trainer } = useStore.getState();
    expect(screen.getByTestId('epoch-count')).toHaveTextContent('1');
    expect(screen.getByTestId('step-count')).toHaveTextContent(String(trainer.batchesPerEpoch()));
  });

  it('Reset brings back the seed’s weights and step 0', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    const initial = weights();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByTestId('step-count')).toHaveTextContent('0');
    expect(weights()).toEqual(initial);
  });

  it('Play becomes Pause while playing and back', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    await user.click(screen.getByRole('button', { name: /Play/ }));
    expect(screen.getByRole('button', { name: /Pause/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /Pause/ }));
    expect(useStore.getState().playing).toBe(false);
  });

  it('choosing a learning rate from the list sets it', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    await user.selectOptions(screen.getByLabelText('Learning rate'), '0.3');
    expect(useStore.getState().config.lr).toBe(0.3);
    expect(screen.getByLabelText('Exact rate')).toHaveValue('0.3');
  });

  it('an exact learning rate typed and confirmed with Enter is used', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    const field = screen.getByLabelText('Exact rate');
    await user.clear(field);
    await user.type(field, '0.0042{Enter}');
    expect(useStore.getState().config.lr).toBe(0.0042);
  });

  it.each(['-1', 'NaN', '1e9', 'abc', ''])(
    'an absurd learning rate (%j) is refused with a message; nothing changes',
    async (typed) => {
      const user = userEvent.setup();
      render(<TrainingControls />);
      const before = useStore.getState().config;
      const version = useStore.getState().version;
      const field = screen.getByLabelText('Exact rate');
      await user.clear(field);
      if (typed) await user.type(field, typed);
      await user.keyboard('{Enter}');
      expect(screen.getByRole('alert')).toHaveTextContent(/Kept 0\.03/);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(/Kept 0\.03/);
      expect(useStore.getState().config).toBe(before);
      expect(useStore.getState().version).toBe(version);
    },
  );

  it('a fractional batch size is refused; a whole one is used', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    const field = screen.getByLabelText('Batch size');
    await user.clear(field);
    await user.type(field, '2.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('whole number');
    expect(useStore.getState().config.batchSize).toBe(10);
    await user.clear(field);
    await user.type(field, '25{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useStore.getState().config.batchSize).toBe(25);
  });

  it('momentum of 1 or more is refused (it would never forget a gradient)', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    const field = screen.getByLabelText('Momentum');
    await user.clear(field);
    await user.type(field, '1{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(useStore.getState().config.momentum).toBe(0);
  });

  it('advanced settings open from a disclosure and set clip, L1 mode and the non-negative constraint', async () => {
    const user = userEvent.setup();
    render(<TrainingControls />);
    await user.click(screen.getByText('Advanced'));
    await user.selectOptions(screen.getByLabelText('L1 mode'), 'clip_at_zero');
    await user.click(screen.getByLabelText('Keep weights non-negative'));
    const clip = screen.getByLabelText(/Clip gradients/);
    await user.clear(clip);
    await user.type(clip, '5{Enter}');
    const c = useStore.getState().config;
    expect([c.l1Mode, c.nonNegative, c.clip]).toEqual(['clip_at_zero', true, 5]);
  });

  it('the keyboard steps (→), and leaves keys typed into a field alone', async () => {
    const user = userEvent.setup();
    // The page's keys live in one place (keys/useGlobalKeys); App mounts them through the header.
    function WithShortcuts() {
      useGlobalKeys();
      return <TrainingControls />;
    }
    render(<WithShortcuts />);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('step-count')).toHaveTextContent('1');
    await user.click(screen.getByLabelText('Exact rate'));
    await user.keyboard('{ArrowRight}r');
    expect(screen.getByTestId('step-count')).toHaveTextContent('1');
  });

  it('a diverging learning rate stops training with the step and layer, keeps the last good weights, and offers a lower rate', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Notices />
        <TrainingControls />
      </>,
    );
    act(() => useStore.getState().setConfig({ lr: 10, l2: 10 }));
    // Where this run diverges, found on a twin store (same seed, same settings, so the same run).
    const twin = createSession(testHost().host);
    twin.getState().setConfig({ lr: 10, l2: 10 });
    while (!twin.getState().divergence && twin.getState().step < 1000) twin.getState().stepBatch();
    const refusedAt = twin.getState().divergence!.step;
    act(() => {
      for (let i = 0; i < refusedAt - 1; i++) useStore.getState().stepBatch();
    });
    expect(screen.queryByRole('alert')).toBeNull();
    const kept = weights();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const d = useStore.getState().divergence;
    expect(d).not.toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`step ${refusedAt}`);
    expect(alert).toHaveTextContent(/layer \d/);
    expect(weights()).toEqual(kept);
    expect(screen.getByTestId('step-count')).toHaveTextContent(String(refusedAt - 1));
    await user.click(screen.getByRole('button', { name: /Lower the learning rate to 1\b/ }));
    expect(useStore.getState().config.lr).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
