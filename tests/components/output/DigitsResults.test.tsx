import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import digitsCsv from '../../../public/data/digits.csv?raw';
import { DigitsResults } from '../../../src/components/output/DigitsResults';
import { predict } from '../../../src/engine';
import { resetStore, useStore } from '../../../src/store';

// Fake timers fake the animation frames and the clock too: play runs one frame per 16 ms advanced, and a
// computation costs 0 ms, so what is shown depends on the frames run, never on the machine's speed.
beforeEach(async () => {
  vi.stubGlobal('fetch', async (url: string) =>
    url === 'data/digits.csv' ? new Response(digitsCsv) : new Response('', { status: 404 }),
  );
  resetStore();
  useStore
    .getState()
    .setConfig({ dataset: 'digits', hidden: [6], batchSize: 8, outputActivation: 'softmax' });
  await waitFor(() => expect(useStore.getState().datasetLoading).toBe(false));
  // One batch per frame: each frame publishes exactly one step.
  useStore.getState().setSpeed(1);
  vi.useFakeTimers();
});
afterEach(() => {
  act(() => useStore.getState().pause());
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function frames(n: number) {
  for (let i = 0; i < n; i++) act(() => vi.advanceTimersByTime(16));
}

/** The test set's confusion matrix of the network as it is now, counted independently of the component. */
function exactCounts(): number[] {
  const { mlp, dataset: d } = useStore.getState();
  const k = d.classes;
  const outs = mlp.layers[mlp.layers.length - 1].units;
  expect(outs).toBe(k);
  const out = predict(mlp, d.test.x, d.test.n);
  const counts = new Array<number>(k * k).fill(0);
  for (let i = 0; i < d.test.n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (out[i * k + c] > out[i * k + best]) best = c;
    counts[d.test.labels[i] * k + best]++;
  }
  return counts;
}

function shownCounts(): number[] {
  const rows = within(screen.getByRole('table', { name: /Confusion matrix/ }))
    .getAllByRole('row')
    .slice(1);
  return rows.flatMap((r) =>
    within(r)
      .getAllByRole('cell')
      .slice(0, -1)
      .map((c) => Number(c.textContent || 0)),
  );
}

describe('digits results', () => {
  it('while playing, is not recomputed on every publish and says which step it shows; exact once paused', () => {
    render(<DigitsResults />);
    expect(shownCounts()).toEqual(exactCounts());
    act(() => useStore.getState().play());
    frames(3);
    const first = useStore.getState().step;
    expect(first).toBeGreaterThan(0);
    frames(20);
    const s = useStore.getState();
    // 20 more steps were published (one a frame) within play's pace: the figure still shows an earlier step.
    expect(s.step).toBe(first + 20);
    const caption = screen.getByRole('table', { name: /Confusion matrix/ }).querySelector('caption')!;
    const at = Number(/As at step (\d+)/.exec(caption.textContent!)?.[1]);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(s.step);
    act(() => useStore.getState().pause());
    frames(2);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('table', { name: /Confusion matrix/ })).not.toHaveAccessibleName(/As at step/);
    expect(shownCounts()).toEqual(exactCounts());
  });
});
