import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { droppedNow } from '../../../src/components/heatmap/LayerHeatmap';
import { WeightHeatmaps } from '../../../src/components/heatmap/WeightHeatmaps';
import { resetStore, useStore } from '../../../src/store';
import { droppedBands } from '../../../src/viz/dropped';

beforeEach(() => resetStore());

describe('dropped units on the heatmaps', () => {
  it('after a step with dropout the legend says which units were dropped this step', () => {
    render(<WeightHeatmaps />);
    act(() => useStore.getState().setConfig({ dropout: 0.5 }));
    expect(screen.queryByTestId('dropped-legend')).toBeNull();
    act(() => useStore.getState().stepBatch());
    expect(screen.getByTestId('dropped-legend')).toHaveTextContent(/dropped this step/);
    const shares = droppedNow(useStore.getState())!;
    // Two hidden layers of 8 units; the output layer is never dropped.
    expect(shares.map((f) => f?.length ?? null)).toEqual([8, 8, null]);
    expect(shares[0]!.some((f) => f > 0)).toBe(true);
  });

  it('without dropout a step marks nothing', () => {
    render(<WeightHeatmaps />);
    act(() => useStore.getState().stepBatch());
    expect(screen.queryByTestId('dropped-legend')).toBeNull();
    expect(droppedNow(useStore.getState())).toBeNull();
  });

  it('hatches only the units some sample dropped, as strongly as the share that did', () => {
    expect(droppedBands([0, 0.5, 0, 1, 0.1])).toEqual([
      { index: 1, strength: 0.5 },
      { index: 3, strength: 1 },
      { index: 4, strength: 0.1 },
    ]);
  });
});
