import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OutputPanel } from '../../../src/components/output/OutputPanel';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

describe('output panel', () => {
  it('shows a decision map for 2D data and toggles the test points', async () => {
    const user = userEvent.setup();
    render(<OutputPanel />);
    expect(screen.getByRole('img', { name: /Decision map/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Show test points/ }));
    expect(useStore.getState().showTestPoints).toBe(true);
  });

  it('adds a blue training point on click and an orange one on shift-click, keeping the weights', () => {
    render(<OutputPanel />);
    const before = useStore.getState().mlp.layers[0].weights.slice();
    const n = useStore.getState().train.n;
    const map = screen.getByRole('img', { name: /Decision map/ });
    fireEvent.click(map, { clientX: 0, clientY: 0 });
    fireEvent.click(map, { clientX: 0, clientY: 0, shiftKey: true });
    const s = useStore.getState();
    expect(s.train.n).toBe(n + 2);
    expect(s.trainer.data.n).toBe(n + 2);
    expect(Array.from(s.dataset.train.labels.slice(-2))).toEqual([1, 0]);
    // The top-left corner of the plot is (lo, hi) of the domain; tanh targets are ±1.
    expect(Array.from(s.dataset.train.x.slice(-2))).toEqual([-6, 6]);
    expect(Array.from(s.train.y.slice(-2))).toEqual([1, -1]);
    expect(s.mlp.layers[0].weights).toEqual(before);
  });

  it('lists the per-word weights of a linear model, largest first', () => {
    useStore.getState().setConfig({ dataset: 'words', hidden: [] });
    render(<OutputPanel />);
    const list = screen.getByRole('list', { name: /Weight of each word/ });
    const nums = Array.from(list.querySelectorAll('.num')).map((e) =>
      Number(e.textContent!.replace('−', '-').replace('+', '')),
    );
    expect(nums.length).toBe(useStore.getState().dataset.inputs);
    const w = useStore.getState().mlp.layers[0].weights;
    expect(Math.max(...nums)).toBeCloseTo(Math.max(...w), 2);
  });
});
