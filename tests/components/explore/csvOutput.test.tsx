/** A CSV file with two input columns is a plane: the output panel draws its decision map (issue 11). */
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { importCsvText } from '../../../src/components/io/applyImport';
import { OutputPanel } from '../../../src/components/output/OutputPanel';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

const table = (header: string, row: (i: number) => string) =>
  [header, ...Array.from({ length: 40 }, (_, i) => row(i))].join('\n');

describe('CSV files in the output panel', () => {
  it('two input columns and a label get the decision map, not "more than two inputs"', async () => {
    render(<OutputPanel />);
    act(() => {
      importCsvText(
        table('u,v,label', (i) => `${i / 4 - 5},${(i * 7) % 9},${i % 2}`),
        'two.csv',
      );
    });
    expect(await screen.findByRole('img', { name: /Decision map/ })).toBeInTheDocument();
    expect(screen.queryByText(/more than two inputs/)).toBeNull();
  });

  it('three classes: the import says the output became softmax with cross-entropy', () => {
    let text = '';
    act(() => {
      text = importCsvText(
        table('a,b,c,label', (i) => `${i % 5},${i % 3},${i % 7},${i % 3}`),
        'three.csv',
      ).text;
    });
    expect(text).toMatch(/3 classes/);
    expect(text).toMatch(/softmax.*cross-entropy/);
    expect(useStore.getState().config.outputActivation).toBe('softmax');
    expect(useStore.getState().config.loss).toBe('cross_entropy');
  });
});
