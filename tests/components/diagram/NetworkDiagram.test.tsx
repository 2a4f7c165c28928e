import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NetworkDiagram } from '../../../src/components/diagram/NetworkDiagram';
import { useGlobalKeys } from '../../../src/components/keys/useGlobalKeys';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

describe('network diagram', () => {
  it('summarises every layer and follows the network when a layer is added', async () => {
    render(<NetworkDiagram />);
    expect(screen.getByTestId('layer-summary-0')).toHaveTextContent(/^L1 tanh: outputs/);
    expect(screen.getByTestId('layer-summary-2')).toHaveTextContent(/^Output tanh/);
    useStore.getState().setConfig({ hidden: [8, 8, 4] });
    expect(await screen.findByTestId('layer-summary-3')).toHaveTextContent(/^Output tanh/);
  });

  it('counts ReLU units that are 0 on every training point as dead', async () => {
    useStore.getState().setConfig({ activation: 'relu' });
    // Make unit 1 of layer 1 dead by hand: all weights and its bias negative enough.
    useStore.getState().editWeights('kill a unit', (m) => {
      const L = m.layers[0];
      L.weights[2] = 0;
      L.weights[3] = 0;
      L.biases[1] = -1;
    });
    render(<NetworkDiagram />);
    expect(await screen.findByText(/L1 ReLU: outputs 0\.00 … [\d.]+ · 1\/8 dead/)).toBeInTheDocument();
  });

  it('names a unit, its bias and its output range when reached by keyboard, and links the heatmap', async () => {
    const user = userEvent.setup();
    render(<NetworkDiagram />);
    await user.tab();
    expect(screen.getByRole('img', { name: /Network diagram/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      /Layer 1 unit 2 \(tanh\) · bias 0\.000 · outputs −?[\d.]+ … /,
    );
    expect(useStore.getState().hovered).toEqual({ layer: 0, row: 1, col: 'bias' });
    await user.keyboard('{Escape}');
    expect(useStore.getState().hovered).toBeNull();
  });

  it('on the diagram, → moves to the next layer and does not train (one key, one meaning)', async () => {
    const user = userEvent.setup();
    function WithPageKeys() {
      useGlobalKeys();
      return <NetworkDiagram />;
    }
    render(<WithPageKeys />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Layer 2 unit 1/);
    expect(useStore.getState().step).toBe(0);
  });
});
