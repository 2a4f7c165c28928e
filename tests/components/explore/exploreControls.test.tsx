/** Free exploration's controls (issue 11): input features, class balance, pruning, the excitation split. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DataPanel } from '../../../src/components/data/DataPanel';
import { WeightHeatmaps } from '../../../src/components/heatmap/WeightHeatmaps';
import { StepInspector } from '../../../src/components/inspector/StepInspector';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

const prunedCount = () =>
  useStore
    .getState()
    .mlp.layers.reduce((n, l) => n + (l.pruned ? l.pruned.reduce((a, b) => a + b, 0) : 0), 0);

describe('input features in the data panel', () => {
  it('lists the seven features as toggles, x₁ and x₂ on; a click or the keyboard changes the run', async () => {
    const user = userEvent.setup();
    render(<DataPanel />);
    const group = screen.getByRole('group', { name: 'Input features' });
    const names = within(group)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['x₁', 'x₂', 'x₁²', 'x₂²', 'x₁x₂', 'sin x₁', 'sin x₂']);
    expect(within(group).getByRole('button', { name: 'x₁' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'x₁²' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(group).getByRole('button', { name: 'x₁²' }));
    expect(useStore.getState().config.features).toEqual(['x1', 'x2', 'x1sq']);
    expect(useStore.getState().mlp.inputs).toBe(3);
    // Keyboard: Tab to a toggle, Space presses it.
    within(group).getByRole('button', { name: 'x₁' }).focus();
    await user.keyboard(' ');
    expect(useStore.getState().config.features).toEqual(['x2', 'x1sq']);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveTextContent('sin x₁');
    await user.keyboard('{Enter}');
    expect(useStore.getState().config.features).toEqual(['x2', 'x1sq', 'sinx1']);
  });

  it('is not offered for data that is not a plane (words)', async () => {
    const user = userEvent.setup();
    render(<DataPanel />);
    await user.click(screen.getByRole('radio', { name: 'Words' }));
    expect(screen.queryByRole('group', { name: 'Input features' })).toBeNull();
  });
});

describe('class balance in the data panel', () => {
  it('a labelled slider sets the share of blue points where the data set has one (Two Gaussians)', async () => {
    const user = userEvent.setup();
    render(<DataPanel />);
    expect(screen.queryByRole('slider', { name: /Class balance/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Two Gaussians' }));
    const slider = screen.getByRole('slider', { name: /Class balance/ });
    fireEvent.change(slider, { target: { value: '0.8' } });
    expect(useStore.getState().config.balance).toBe(0.8);
    const d = useStore.getState().dataset;
    const blue = [...d.train.labels, ...d.test.labels].filter((l) => l === 1).length;
    expect(blue / (d.train.n + d.test.n)).toBeGreaterThan(0.7);
  });
});

describe('pruning beside the heatmaps', () => {
  it('prunes the smallest |w| by the chosen percentage and clears it, both undoable', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    const total = useStore.getState().mlp.layers.reduce((n, l) => n + l.weights.length, 0);
    const pct = screen.getByRole('spinbutton', { name: /Prune smallest \|w\|/ });
    await user.clear(pct);
    await user.type(pct, '50');
    await user.click(screen.getByRole('button', { name: /^Prune/ }));
    expect(prunedCount()).toBe(Math.round(total * 0.5));
    expect(useStore.getState().undoStack.at(-1)?.label).toBe('prune 50%');
    await user.click(screen.getByRole('button', { name: 'Clear pruning' }));
    expect(prunedCount()).toBe(0);
  });
});

describe('the first heatmap names its inputs', () => {
  it('its columns are labelled with the run’s features', () => {
    render(<WeightHeatmaps />);
    const cols = () =>
      within(screen.getByRole('list', { name: 'Layer 1 inputs' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(cols()).toEqual(['x₁', 'x₂']);
    act(() => useStore.getState().setConfig({ features: ['x1sq', 'sinx1'] }));
    expect(cols()).toEqual(['x₁²', 'sin x₁']);
  });
});

describe('the inspector names the first layer’s inputs', () => {
  it('by the run’s features', () => {
    render(<StepInspector />);
    act(() => useStore.getState().setConfig({ features: ['x2', 'sinx1'] }));
    const input = screen.getByLabelText('Input');
    expect(
      within(input)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['x₂', 'sin x₁', 'bias']);
  });
});

describe('the excitatory and inhibitory split', () => {
  it('is shown for the selected unit without opening a section', () => {
    const { container } = render(<StepInspector />);
    act(() => useStore.getState().stepBatch());
    const text = screen.getByText(/excitatory/, { selector: 'p' });
    expect(text).toBeVisible();
    expect(text.closest('details:not([open])')).toBeNull();
    expect(container.querySelector('.excite-bar')).not.toBeNull();
  });
});
