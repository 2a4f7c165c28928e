import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROW_PX, SampleTable } from '../../../src/components/inspector/SampleTable';
import type { SampleTerm } from '../../../src/inspector/arithmetic';

const samples = (n: number): SampleTerm[] =>
  Array.from({ length: n }, (_, k) => ({ sample: 1000 + k, delta: 0.5, a: -2, product: -1 }));

const listed = () =>
  within(screen.getByRole('table', { name: 'Samples of this step' }))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('the samples of a step', () => {
  it('a batch of 10 is listed whole, each with its data-set row and δ, a and δ·a', () => {
    render(<SampleTable samples={samples(10)} aName="a" />);
    expect(listed()).toEqual(Array.from({ length: 10 }, (_, k) => `#${1001 + k}`));
    const row = screen.getByRole('rowheader', { name: '#1001' }).closest('tr')!;
    expect(row.textContent).toBe('#1001+0.5000−2.0000−1.0000');
  });

  it('a long batch scrolls: the table tells its full size and shows the rows scrolled to', () => {
    render(<SampleTable samples={samples(300)} aName="x" />);
    const table = screen.getByRole('table', { name: 'Samples of this step' });
    expect(table).toHaveAttribute('aria-rowcount', '301');
    expect(listed()[0]).toBe('#1001');
    expect(listed().length).toBeLessThan(30);
    const region = screen.getByRole('region', { name: "The batch's 300 samples" });
    expect(region).toHaveAttribute('tabindex', '0');
    fireEvent.scroll(region, { target: { scrollTop: 200 * SAMPLE_ROW_PX } });
    expect(listed()).toContain('#1201');
    expect(listed()).not.toContain('#1001');
    const r = screen.getByRole('rowheader', { name: '#1201' }).closest('tr')!;
    expect(r).toHaveAttribute('aria-rowindex', String(200 + 2));
  });
});
