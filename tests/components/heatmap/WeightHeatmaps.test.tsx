import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WeightHeatmaps } from '../../../src/components/heatmap/WeightHeatmaps';
import { signed } from '../../../src/components/heatmap/format';
import { resetStore, useStore } from '../../../src/store';

const w0 = () => useStore.getState().mlp.layers[0].weights;
const copy = () => useStore.getState().mlp.layers.map((l) => [l.weights.slice(), l.biases.slice()]);
const bitsEqual = (a: Float64Array, b: Float64Array) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** The first layer's canvas and its cell size (jsdom lays nothing out, so the canvas sits at 0, 0). */
function firstCanvas() {
  const canvas = screen.getByRole('img', { name: 'Layer 1 weights heatmap' }) as HTMLCanvasElement;
  const units = useStore.getState().mlp.layers[0].units;
  const cell = parseFloat(canvas.style.height) / units;
  return {
    canvas,
    cell,
    at: (row: number, col: number) => ({ clientX: col * cell + cell / 2, clientY: row * cell + cell / 2 }),
  };
}

beforeEach(() => {
  resetStore();
});

describe('the weight heatmap panel', () => {
  it('shows each layer as a table with row and column headers when Table view is on', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    await user.click(screen.getByRole('button', { name: 'Table view' }));
    const table = screen.getByRole('table', { name: 'Layer 1 weights table' });
    expect(within(table).getByRole('columnheader', { name: 'input 1' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'bias' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'unit 8' })).toBeInTheDocument();
    const first = within(table).getAllByRole('row')[1].querySelectorAll('td')[0];
    const v = w0()[0];
    expect(first.textContent).toBe(`${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(3)}`);
    expect(screen.getAllByRole('table')).toHaveLength(useStore.getState().mlp.layers.length);
  });

  it('types an exact value into a cell from the keyboard (Enter opens the editor)', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    act(() => screen.getByRole('group', { name: 'Layer 1 weights, paintable' }).focus());
    await user.keyboard('{ArrowRight}{ArrowDown}{Enter}');
    const input = screen.getByRole('textbox', { name: 'Value of layer 1 unit 2 ← input 2' });
    await user.clear(input);
    await user.type(input, '-0.25{Enter}');
    expect(w0()[1 * 2 + 1]).toBe(-0.25);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });

  it('refuses a value that is not a number in place, and Escape cancels', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    const before = copy();
    act(() => screen.getByRole('group', { name: 'Layer 1 weights, paintable' }).focus());
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: /Value of layer 1 unit 1/ });
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(input).toBeInTheDocument();
    expect(input).toHaveValue('abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” is not a number');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    copy().forEach(([w, b], l) => {
      expect(bitsEqual(w, before[l][0])).toBe(true);
      expect(bitsEqual(b, before[l][1])).toBe(true);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('paints a dragged stroke as one action; Undo restores the exact weights and Redo reapplies', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    await user.clear(screen.getByRole('spinbutton', { name: 'Brush value (exact)' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Brush value (exact)' }), '0.5');
    const before = copy();
    const { canvas, at } = firstCanvas();
    fireEvent.pointerDown(canvas, { ...at(0, 0), button: 0, pointerId: 1 });
    fireEvent.pointerMove(canvas, { ...at(3, 0), buttons: 1, pointerId: 1 });
    fireEvent.pointerUp(canvas, { ...at(3, 0), pointerId: 1 });
    const w = w0();
    [0, 1, 2, 3].forEach((r) => expect(w[r * 2]).toBe(0.5));
    expect(w[4 * 2]).toBe(before[0][0][4 * 2]);
    expect(useStore.getState().undoStack).toHaveLength(1);
    const after = w.slice();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('title', expect.stringMatching(/^Undo paint \(set\)/));
    await user.click(undo);
    copy().forEach(([ww, b], l) => {
      expect(bitsEqual(ww, before[l][0])).toBe(true);
      expect(bitsEqual(b, before[l][1])).toBe(true);
    });
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(bitsEqual(w0(), after)).toBe(true);
  });

  it('paints biases in the bias strip, and the keyboard +/−/0 keys set the cursor cell', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    act(() => screen.getByRole('group', { name: 'Layer 1 weights, paintable' }).focus());
    await user.keyboard('{End}-');
    expect(useStore.getState().mlp.layers[0].biases[0]).toBe(-1);
    await user.keyboard('{Home}0');
    expect(w0()[0]).toBe(0);
    expect(useStore.getState().undoStack).toHaveLength(2);
  });

  it('after a Step, hovering a weight shows its value, last gradient and last update', async () => {
    render(<WeightHeatmaps />);
    act(() => useStore.getState().stepBatch());
    const { canvas, at } = firstCanvas();
    fireEvent.pointerMove(canvas, { ...at(1, 0), pointerId: 1 });
    expect(useStore.getState().hovered).toEqual({ layer: 0, row: 1, col: 0 });
    const rec = useStore.getState().lastRecord!.layers[0];
    const readout = screen.getByTestId('hover-readout');
    expect(readout).toHaveTextContent('Last gradient (step 1)');
    expect(readout).toHaveTextContent(signed(rec.grad[2]));
    expect(readout).toHaveTextContent(signed(rec.update[2]));
    expect(readout).toHaveTextContent(`Value${signed(w0()[2])}`);
  });

  it('the Inspect brush selects a weight without painting it', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    await user.click(screen.getByRole('radio', { name: 'Inspect' }));
    const before = w0().slice();
    const { canvas, at } = firstCanvas();
    fireEvent.pointerDown(canvas, { ...at(2, 1), button: 0, pointerId: 1 });
    fireEvent.pointerUp(canvas, { ...at(2, 1), pointerId: 1 });
    expect(useStore.getState().selected).toEqual({ layer: 0, row: 2, col: 1 });
    expect(bitsEqual(w0(), before)).toBe(true);
    expect(useStore.getState().undoStack).toHaveLength(0);
  });

  it('keeps the colour scale fixed while values stay inside and says so when it widens', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    const scale = useStore.getState().scales[0];
    act(() => useStore.getState().stepBatch());
    expect(useStore.getState().scales[0]).toBe(scale);
    act(() => useStore.getState().setWeightValue({ layer: 0, row: 0, col: 0 }, scale * 3));
    expect(useStore.getState().scales[0]).toBeGreaterThanOrEqual(scale * 3);
    expect(screen.getByRole('status')).toHaveTextContent(/Colour scale widened: layer 1/);
    await user.click(screen.getByRole('radio', { name: 'Whole network' }));
    expect(screen.getByRole('img', { name: /Colour scale, all layers/ })).toBeInTheDocument();
  });
});

describe('an embed that hides painting', () => {
  it('leaves the weights alone when a cell is clicked, and selects it instead (hide=paint)', () => {
    resetStore();
    useStore.getState().setHidden(['paint']);
    render(<WeightHeatmaps />);
    const before = Float64Array.from(useStore.getState().mlp.layers[0].weights);
    const canvas = screen.getByRole('img', { name: 'Layer 1 weights heatmap' });
    fireEvent.pointerDown(canvas, { button: 0, clientX: 5, clientY: 5, pointerId: 1 });
    fireEvent.pointerUp(canvas, { pointerId: 1 });
    expect(Array.from(useStore.getState().mlp.layers[0].weights)).toEqual(Array.from(before));
    expect(useStore.getState().selected).toMatchObject({ layer: 0, row: 0, col: 0 });
    useStore.getState().setHidden([]);
  });
});
