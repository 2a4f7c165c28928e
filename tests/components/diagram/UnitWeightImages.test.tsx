import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import digitsCsv from '../../../public/data/digits.csv?raw';
import mnistTxt from '../../../public/data/mnist.txt?raw';
import { UnitWeightImages } from '../../../src/components/diagram/UnitWeightImages';
import { resetStore, useStore } from '../../../src/store';

const FILES: Record<string, string> = { 'data/digits.csv': digitsCsv, 'data/mnist.txt': mnistTxt };

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) =>
    FILES[url] ? new Response(FILES[url]) : new Response('', { status: 404 }),
  );
  resetStore();
});
afterEach(() => vi.unstubAllGlobals());

const loaded = () => waitFor(() => expect(useStore.getState().datasetLoading).toBe(false));

describe('unit weight images', () => {
  it('draws each first-layer unit of MNIST as a 28×28 picture named "unit k, 28×28 weights"', async () => {
    useStore.getState().setConfig({ dataset: 'mnist', hidden: [5] });
    await loaded();
    render(<UnitWeightImages />);
    const imgs = screen.getAllByRole('img', { name: /^unit \d+, 28×28 weights$/ });
    expect(imgs.map((i) => i.getAttribute('aria-label'))).toEqual(
      [1, 2, 3, 4, 5].map((k) => `unit ${k}, 28×28 weights`),
    );
    // One canvas pixel per input pixel; CSS scales it up (the e2e test measures ≥ 56 px on screen).
    for (const c of imgs) expect([c.getAttribute('width'), c.getAttribute('height')]).toEqual(['28', '28']);
    expect(imgs[0]).toHaveClass('unit-image');
  });

  it('does the same for 8×8 digits, and follows the number of units', async () => {
    useStore.getState().setConfig({ dataset: 'digits', hidden: [3] });
    await loaded();
    const { rerender } = render(<UnitWeightImages />);
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toEqual([
      'unit 1, 8×8 weights',
      'unit 2, 8×8 weights',
      'unit 3, 8×8 weights',
    ]);
    useStore.getState().setConfig({ hidden: [4] });
    rerender(<UnitWeightImages />);
    expect(await screen.findByRole('img', { name: 'unit 4, 8×8 weights' })).toHaveAttribute('width', '8');
  });

  it('shows nothing for data that are not images, or when the first layer is not a pixel layer', () => {
    const { container } = render(<UnitWeightImages />);
    expect(container).toBeEmptyDOMElement();
  });
});
