import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HyperParams } from '../../../src/components/controls/HyperParams';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

const config = () => useStore.getState().config;

describe('auto-stop fields', () => {
  it('set patience and a target loss; an emptied field means off', async () => {
    const user = userEvent.setup();
    render(<HyperParams />);
    await user.click(screen.getByText('Advanced'));
    const patience = screen.getByLabelText('Epochs without improvement (0 = off)');
    const target = screen.getByLabelText('At test loss (0 = off)');
    expect(patience).toHaveValue('0');
    await user.clear(patience);
    await user.type(patience, '5{Enter}');
    await user.clear(target);
    await user.type(target, '0.05{Enter}');
    expect([config().patience, config().targetLoss]).toEqual([5, 0.05]);
    await user.clear(target);
    await user.keyboard('{Enter}');
    expect(config().targetLoss).toBe(0);
    expect(target).toHaveValue('0');
  });

  it('refuse what the settings table refuses, with its message', async () => {
    const user = userEvent.setup();
    render(<HyperParams />);
    await user.click(screen.getByText('Advanced'));
    const patience = screen.getByLabelText('Epochs without improvement (0 = off)');
    await user.clear(patience);
    await user.type(patience, '2.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Refused: patience must be a whole number between 0 and 10000; got 2.5. Kept 0.',
    );
    expect(config().patience).toBe(0);
  });
});
