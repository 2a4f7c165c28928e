import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DataPanel } from '../../../src/components/data/DataPanel';
import { DIGITS_CITATION } from '../../../src/datasets';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

describe('data panel', () => {
  it('offers every 2D set, digits and words, and switches to the one picked', async () => {
    const user = userEvent.setup();
    render(<DataPanel />);
    expect(screen.getByRole('radio', { name: 'Circle' })).toBeChecked();
    for (const name of ['Spiral', 'XOR', 'Two moons', 'Linear', 'Digits 8×8', 'Words']) {
      expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('radio', { name: 'XOR' }));
    expect(useStore.getState().config.dataset).toBe('xor');
    expect(useStore.getState().dataset.id).toBe('xor');
    await user.click(screen.getByRole('radio', { name: 'Words' }));
    expect(useStore.getState().dataset.id).toBe('words');
    // Noise belongs to the 2D sets only.
    expect(screen.queryByRole('slider', { name: /Noise/ })).toBeNull();
  });

  it('names the source of the digits where they are offered', () => {
    render(<DataPanel />);
    expect(screen.getByText(/Alpaydin/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Digits 8×8' }).closest('label')).toHaveAttribute(
      'title',
      DIGITS_CITATION,
    );
  });

  it('regenerates with a new data seed and follows the noise and split sliders', async () => {
    const user = userEvent.setup();
    render(<DataPanel />);
    const first = useStore.getState().dataset.train.x.slice();
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(useStore.getState().config.dataSeed).toBe(2);
    expect(useStore.getState().dataset.train.x).not.toEqual(first);
    // jsdom does not move range inputs by keyboard; set the value as the browser would.
    fireEvent.change(screen.getByRole('slider', { name: /Noise/ }), { target: { value: '0.15' } });
    expect(useStore.getState().config.noise).toBeCloseTo(0.15);
    fireEvent.change(screen.getByRole('slider', { name: /Train share/ }), { target: { value: '0.6' } });
    expect(useStore.getState().config.trainRatio).toBeCloseTo(0.6);
  });
});
