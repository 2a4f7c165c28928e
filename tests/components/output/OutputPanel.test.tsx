import { fireEvent, render, screen, within } from '@testing-library/react';
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
    const { mlp, dataset } = useStore.getState();
    expect(mlp.layers[0].units).toBe(1);
    // Each word's weight set by hand from RANKING: +1.05, +0.95, … −0.95 (the vocabulary's order is another).
    dataset.featureNames.forEach((word, j) => (mlp.layers[0].weights[j] = weightOf(word)));
    render(<OutputPanel />);
    expect(shownWords()).toEqual(RANKING);
    expect(shownNumbers()).toEqual(RANKING.map((w) => signed(weightOf(w))));
  });

  it('with two softmax outputs, ranks each word by its positive weight minus its negative weight', () => {
    useStore.getState().setConfig({ dataset: 'words', hidden: [], outputActivation: 'softmax' });
    const { mlp, dataset } = useStore.getState();
    const L = mlp.layers[0];
    expect(L.units).toBe(2);
    // Output 1 is the positive class. A shared offset per word, in yet another order, cancels in the difference.
    dataset.featureNames.forEach((word, j) => {
      const offset = 0.3 * ((j * 5) % 7);
      L.weights[L.inputs + j] = offset + weightOf(word) / 2;
      L.weights[j] = offset - weightOf(word) / 2;
    });
    render(<OutputPanel />);
    expect(shownWords()).toEqual(RANKING);
    expect(shownNumbers()).toEqual(RANKING.map((w) => signed(weightOf(w))));
  });
});

/** The vocabulary, shuffled by hand: the order the list must show. */
const RANKING = [
  'plot',
  'awful',
  'love',
  'never',
  'best',
  'dull',
  'good',
  'but',
  'worst',
  'fun',
  'hate',
  'very',
  'great',
  'waste',
  'recommend',
  'boring',
  'not',
  'brilliant',
  'terrible',
  'enjoyed',
  'bad',
];
const weightOf = (word: string) => 1.05 - 0.1 * RANKING.indexOf(word);
/** A weight as the list prints it: sign glyph, then two decimals. */
const signed = (w: number) => `${w > 0 ? '+' : '−'}${Math.abs(w).toFixed(2)}`;

function items() {
  return within(screen.getByRole('list', { name: /Weight of each word/ })).getAllByRole('listitem');
}
const shownWords = () => items().map((li) => li.querySelector('.word')!.textContent);
const shownNumbers = () => items().map((li) => li.querySelector('.num')!.textContent);
