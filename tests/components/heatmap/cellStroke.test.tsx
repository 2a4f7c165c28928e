import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WeightHeatmaps } from '../../../src/components/heatmap/WeightHeatmaps';
import { DOUBLE_CLICK_MS } from '../../../src/components/heatmap/useCellStroke';
import { useGlobalKeys } from '../../../src/components/keys/useGlobalKeys';
import { resetStore, useStore } from '../../../src/store';

const w00 = () => useStore.getState().mlp.layers[0].weights[0];

/** The first layer's canvas and a pointer position in the middle of cell (0, 0) (jsdom lays out at 0, 0). */
function cell00() {
  const canvas = screen.getByRole('img', { name: 'Layer 1 weights heatmap' }) as HTMLCanvasElement;
  const cell = parseFloat(canvas.style.height) / useStore.getState().mlp.layers[0].units;
  return { canvas, at: { clientX: cell / 2, clientY: cell / 2 } };
}

/** One press and release on cell (0, 0); `count` is the click count the browser gives the click. */
function click(canvas: HTMLCanvasElement, at: { clientX: number; clientY: number }, count: number) {
  fireEvent.pointerDown(canvas, { ...at, button: 0, pointerId: 1 });
  fireEvent.pointerUp(canvas, { ...at, pointerId: 1 });
  fireEvent.click(canvas, { ...at, detail: count });
}

function Page() {
  useGlobalKeys();
  return <WeightHeatmaps />;
}

describe('painting by clicks, and typing a value (issue 10, bug 5)', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setBrushTool('add');
    useStore.getState().setBrushValue(1);
  });
  afterEach(() => vi.useRealTimers());

  it('a double-click with the Add brush opens the editor on the weight as it was, not brushed', () => {
    render(<WeightHeatmaps />);
    const before = w00();
    const { canvas, at } = cell00();
    click(canvas, at, 1);
    expect(w00()).toBe(before + 1); // the first click paints at once
    click(canvas, at, 2);
    fireEvent.doubleClick(canvas, { ...at, detail: 2 });
    expect(w00()).toBe(before);
    expect(screen.getByRole('textbox', { name: 'Value of layer 1 unit 1 ← input 1' })).toBeInTheDocument();
    expect(useStore.getState().undoStack).toHaveLength(0);
    expect(useStore.getState().openEdit).toBeNull();
  });

  it('Enter then sets exactly the typed value as one undoable edit; Undo gives back the weight before', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    const before = w00();
    const { canvas, at } = cell00();
    click(canvas, at, 1);
    click(canvas, at, 2);
    fireEvent.doubleClick(canvas, { ...at, detail: 2 });
    const input = screen.getByRole('textbox', { name: 'Value of layer 1 unit 1 ← input 1' });
    await user.clear(input);
    await user.type(input, '0.5{Enter}');
    expect(w00()).toBe(0.5);
    expect(useStore.getState().undoStack).toHaveLength(1);
    act(() => useStore.getState().undo());
    expect(w00()).toBe(before);
  });

  it('Esc leaves the weight as it was and records nothing', async () => {
    const user = userEvent.setup();
    render(<WeightHeatmaps />);
    const before = w00();
    const { canvas, at } = cell00();
    click(canvas, at, 1);
    click(canvas, at, 2);
    fireEvent.doubleClick(canvas, { ...at, detail: 2 });
    await user.type(screen.getByRole('textbox'), '7{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(w00()).toBe(before);
    expect(useStore.getState().undoStack).toHaveLength(0);
  });

  it('two separate clicks on a cell add twice, as two edits', () => {
    vi.useFakeTimers();
    render(<WeightHeatmaps />);
    const before = w00();
    const { canvas, at } = cell00();
    click(canvas, at, 1);
    click(canvas, at, 1);
    expect(w00()).toBe(before + 2);
    expect(useStore.getState().undoStack).toHaveLength(1);
    act(() => vi.advanceTimersByTime(DOUBLE_CLICK_MS));
    expect(useStore.getState().undoStack).toHaveLength(2);
  });

  it('a click’s edit closes before a key acts: → right after a click trains from the painted weights', () => {
    render(<Page />);
    const before = w00();
    const { canvas, at } = cell00();
    click(canvas, at, 1);
    act(() => {
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    expect(useStore.getState().step).toBe(1);
    expect(useStore.getState().undoStack).toHaveLength(1);
    act(() => useStore.getState().undo());
    expect(w00()).toBe(before);
  });
});

describe('keys on a focused heatmap (issue 10, bug 3)', () => {
  beforeEach(() => resetStore());

  it('→ and Shift+→ move the cursor and do not train; ← moves it back and does not rewind', async () => {
    const user = userEvent.setup();
    render(<Page />);
    act(() => useStore.getState().stepBatch());
    act(() => screen.getByRole('group', { name: 'Layer 1 weights, paintable' }).focus());
    await user.keyboard('{ArrowRight}');
    expect(useStore.getState().hovered).toEqual({ layer: 0, row: 0, col: 1 });
    await user.keyboard('{ArrowDown}{Shift>}{ArrowLeft}{/Shift}');
    expect(useStore.getState().hovered).toEqual({ layer: 0, row: 1, col: 0 });
    await user.keyboard('{ArrowLeft}');
    expect(useStore.getState().step).toBe(1);
    expect(useStore.getState().epoch).toBe(0);
    expect(useStore.getState().viewIndex).toBeNull();
  });
});
