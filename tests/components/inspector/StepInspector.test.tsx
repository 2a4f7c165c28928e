import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StepInspector } from '../../../src/components/inspector/StepInspector';
import { Timeline } from '../../../src/components/timeline/Timeline';
import { resetStore, useStore } from '../../../src/store';
import { act } from 'react';

describe('step inspector', () => {
  beforeEach(() => resetStore());

  it('asks for a step, then shows the selected weight’s arithmetic and a sentence', async () => {
    const user = userEvent.setup();
    render(<StepInspector />);
    expect(screen.getByText(/Take a step/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Layer'), '2');
    await user.selectOptions(screen.getByLabelText('Unit'), '3');
    await user.selectOptions(screen.getByLabelText('Input'), 'unit 5');
    expect(useStore.getState().selected).toEqual({ layer: 1, row: 2, col: 4 });
    act(() => useStore.getState().stepBatch());
    const table = screen.getByRole('table', { name: "This step's arithmetic" });
    const rec = useStore.getState().lastRecord!;
    const i = 2 * 8 + 4;
    const after = rec.layers[1].weightsAfter[i];
    const row = within(table).getByText('w after').closest('tr')!;
    expect(row.textContent).toContain(Math.abs(after).toFixed(4));
    expect(row.textContent).toContain(after > 0 ? '+' : after < 0 ? '−' : '0');
    // Every sample of the batch of 10, with its data-set row, in batch order.
    const listed = within(table).getAllByRole('rowheader', { name: /^#\d+$/ });
    expect(listed.map((h) => h.textContent)).toEqual([...rec.batch.indices].map((i) => `#${i + 1}`));
    expect(screen.getByTestId('inspector-sentence').textContent).toMatch(
      /the gradient is (positive|negative|zero)/,
    );
    expect(screen.getByTestId('inspector-step')).toHaveTextContent('Step 1');
  });

  it('a click on a heatmap cell (the store’s selection) moves the inspector to that weight, bias included', () => {
    render(<StepInspector />);
    act(() => {
      useStore.getState().stepBatch();
      useStore.getState().setSelected({ layer: 2, row: 0, col: 'bias' });
    });
    expect(screen.getByLabelText('Input')).toHaveValue('bias');
    expect(screen.getByText('mean δ·1')).toBeInTheDocument();
  });
});

describe('timeline', () => {
  beforeEach(() => resetStore());

  it('steps back and returns to live; training from the past makes a branch one can return from', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    act(() => {
      for (let i = 0; i < 5; i++) useStore.getState().stepBatch();
    });
    expect(screen.getByTestId('timeline-status')).toHaveTextContent('Live: step 5');
    await user.click(screen.getByRole('button', { name: '◀ Back' }));
    await user.click(screen.getByRole('button', { name: '◀ Back' }));
    expect(screen.getByTestId('timeline-status')).toHaveTextContent('Showing step 3 of 5');
    expect(useStore.getState().step).toBe(3);
    act(() => useStore.getState().stepBatch());
    expect(screen.getByTestId('timeline-status')).toHaveTextContent('Live: step 4');
    await user.click(screen.getByRole('radio', { name: 'main run' }));
    expect(useStore.getState().step).toBe(5);
    await user.click(screen.getByRole('button', { name: /Discard branch/ }));
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
