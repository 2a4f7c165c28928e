import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NetworkDiagram } from '../../../src/components/diagram/NetworkDiagram';
import { NetworkPanel } from '../../../src/components/network/NetworkPanel';
import { resetStore, useStore } from '../../../src/store';

const weights = () => useStore.getState().mlp.layers.map((l) => [...l.weights, ...l.biases]);

beforeEach(() => resetStore());

describe('network panel', () => {
  it('switching the hidden activation changes the shown outputs but keeps every weight bit for bit', async () => {
    const user = userEvent.setup();
    render(
      <>
        <NetworkPanel />
        <NetworkDiagram />
      </>,
    );
    const before = weights();
    const summary = () => screen.getByTestId('layer-summary-0').textContent;
    expect(summary()).toMatch(/L1 tanh: outputs −/);
    await user.click(screen.getByRole('radio', { name: 'ReLU' }));
    expect(useStore.getState().config.activation).toBe('relu');
    // ReLU outputs are never negative, and the diagram counts units that are 0 on every training point.
    await screen.findByText(/L1 ReLU: outputs 0\.00 … [\d.]+ · \d+\/8 dead/);
    expect(weights()).toEqual(before);
    for (let l = 0; l < before.length; l++)
      before[l].forEach((w, i) => expect(Object.is(w, weights()[l][i])).toBe(true));
  });

  it('offers leaky ReLU and linear one click further, under "more"', async () => {
    const user = userEvent.setup();
    render(<NetworkPanel />);
    await user.click(screen.getByText('more'));
    await user.click(screen.getByRole('radio', { name: 'Leaky ReLU' }));
    expect(useStore.getState().config.activation).toBe('leaky_relu');
  });

  it.each([
    ['SiLU', 'silu'],
    ['GELU', 'gelu'],
    ['sine', 'sine'],
  ] as const)('offers %s under "more", and its plot names it', async (label, kind) => {
    const user = userEvent.setup();
    render(<NetworkPanel />);
    await user.click(screen.getByText('more'));
    await user.click(screen.getByRole('radio', { name: label }));
    expect(useStore.getState().config.activation).toBe(kind);
    expect(useStore.getState().mlp.layers[0].activation).toBe(kind);
    expect(screen.getByRole('img', { name: new RegExp(`^${label} \\(solid\\)`) })).toBeTruthy();
  });

  it('adds and removes hidden layers and units', async () => {
    const user = userEvent.setup();
    render(<NetworkPanel />);
    expect(useStore.getState().config.hidden).toEqual([8, 8]);
    await user.click(screen.getByRole('button', { name: '+ Add hidden layer' }));
    expect(useStore.getState().config.hidden).toEqual([8, 8, 8]);
    expect(useStore.getState().mlp.layers).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'More units in hidden layer 1' }));
    await user.click(screen.getByRole('button', { name: 'Fewer units in hidden layer 3' }));
    expect(useStore.getState().config.hidden).toEqual([9, 8, 7]);
    await user.click(screen.getByRole('button', { name: 'Remove hidden layer 2' }));
    expect(useStore.getState().config.hidden).toEqual([9, 7]);
    const units = screen.getByRole('spinbutton', { name: 'Units in hidden layer 2' });
    await user.clear(units);
    await user.type(units, '64');
    expect(useStore.getState().config.hidden).toEqual([9, 64]);
  });

  it('stops at 8 hidden layers', async () => {
    const user = userEvent.setup();
    useStore.getState().setConfig({ hidden: [2, 2, 2, 2, 2, 2, 2] });
    render(<NetworkPanel />);
    const add = screen.getByRole('button', { name: '+ Add hidden layer' });
    await user.click(add);
    expect(useStore.getState().config.hidden).toHaveLength(8);
    expect(add).toBeDisabled();
  });

  it('overrides the activation of one layer', async () => {
    const user = userEvent.setup();
    render(<NetworkPanel />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Activation of hidden layer 2' }),
      'sigmoid',
    );
    expect(useStore.getState().config.layerActivations).toEqual([null, 'sigmoid']);
    expect(useStore.getState().mlp.layers[1].activation).toBe('sigmoid');
    expect(useStore.getState().mlp.layers[0].activation).toBe('tanh');
  });

  it('offers only losses that fit the output activation', async () => {
    const user = userEvent.setup();
    render(<NetworkPanel />);
    const loss = screen.getByRole('combobox', { name: 'Loss' });
    const names = () =>
      within(loss)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(names()).toEqual(['Mean squared error']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Output' }), 'sigmoid');
    expect(names()).toEqual(['Mean squared error', 'Binary cross-entropy']);
    await user.selectOptions(loss, 'binary_cross_entropy');
    expect(useStore.getState().config.loss).toBe('binary_cross_entropy');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Output' }), 'softmax');
    expect(names()).toEqual(['Mean squared error', 'Cross-entropy']);
    // The binary loss no longer fits a softmax output, so the store moved to one that does.
    expect(useStore.getState().config.loss).toBe('cross_entropy');
  });

  it('turns biases off and picks an initialiser with its parameter', async () => {
    const user = userEvent.setup();
    render(<NetworkPanel />);
    await user.click(screen.getByText(/Init & biases/));
    await user.click(screen.getByRole('checkbox', { name: 'Biases' }));
    expect(useStore.getState().config.useBias).toBe(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Initialiser' }), 'constant');
    expect(useStore.getState().config.init).toBe('constant');
    expect(screen.getByRole('spinbutton', { name: 'value' })).toHaveValue(0.1);
    expect(useStore.getState().mlp.layers[0].weights[0]).toBe(0.1);
  });
});
