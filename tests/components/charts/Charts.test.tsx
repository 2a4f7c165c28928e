import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Charts } from '../../../src/components/charts/Charts';
import { resetStore, useStore } from '../../../src/store';

/** The figure of a timeline chart, found by its caption. */
const figure = (caption: string) => screen.getByText(caption).closest('figure') as HTMLElement;

describe('timeline charts', () => {
  beforeEach(() => resetStore());

  it('every multi-line chart has a legend that names each line (issue 11)', () => {
    render(<Charts />);
    act(() => {
      useStore.getState().stepBatch();
      useStore.getState().stepBatch();
    });
    const layers = useStore.getState().mlp.layers.length;
    expect(layers).toBeGreaterThan(1);
    const perLayer = Array.from({ length: layers }, (_, l) => `layer ${l + 1}`);
    const cases: [string, string[]][] = [
      ['L1 norm per layer (Σ|w|)', perLayer.map((n) => `${n} L1`)],
      ['L2 norm per layer (√Σw²)', perLayer.map((n) => `${n} L2`)],
      ['Sign flips per step, per layer', perLayer],
      ['Layer 1: fraction of weights by sign', ['negative', 'zero', 'positive']],
    ];
    for (const [caption, names] of cases) {
      const legend = within(figure(caption)).getByRole('list', { name: 'Legend' });
      expect(
        within(legend)
          .getAllByRole('listitem')
          .map((li) => li.textContent?.trim()),
      ).toEqual(names);
    }
  });

  it('a weight distribution strip says which steps it spans and its value range', async () => {
    render(<Charts />);
    act(() => {
      for (let i = 0; i < 3; i++) useStore.getState().stepBatch();
    });
    const strip = figure('Layer 1: weight distribution over steps');
    expect(within(strip).getByText('step 0')).toBeInTheDocument();
    // Charts redraw at most every 120 ms: the last step shows on the next draw.
    expect(await within(strip).findByText('3')).toBeInTheDocument();
    expect(within(strip).getByText(/^\+[\d.]+$/)).toBeInTheDocument();
  });

  it('every line chart has numbers on both axes', () => {
    render(<Charts />);
    act(() => useStore.getState().stepBatch());
    for (const svg of screen.getAllByRole('img').filter((e) => e.tagName === 'svg')) {
      for (const axis of ['.axis-x', '.axis-y']) {
        const ticks = [...svg.querySelectorAll(`${axis} .tick text`)].map((t) => t.textContent ?? '');
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const t of ticks) expect(t).toMatch(/^[+−]?[\d.]+(×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?%?$/);
      }
    }
  });
});
