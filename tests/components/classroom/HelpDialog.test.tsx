import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpDialog } from '../../../src/components/classroom/HelpDialog';
import { KEYMAP, SCOPES } from '../../../src/components/keys/keymap';
import { resetStore, useStore } from '../../../src/store';

/** The rows of the table under a scope's heading, as [keys, does] text. */
function rowsOf(title: string): string[][] {
  const table = screen.getByRole('table', { name: title });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );
}

describe('the keyboard help dialog (?)', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setHelpOpen(true));
  });

  it('lists the keys under one heading per scope, in the keymap’s order', () => {
    render(<HelpDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const headings = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Anywhere on the page',
      'In presentation mode',
      'On a weight heatmap',
      'Typing a value into a cell',
      'On the network diagram',
      'In a dialog',
      'On a button, link or tab',
      'In a text field, slider, list or menu',
    ]);
  });

  it('says what the same key does in each scope: → trains on the page, moves the cursor on a heatmap', () => {
    render(<HelpDialog />);
    expect(rowsOf('Anywhere on the page')).toContainEqual(['→', 'Train one batch']);
    expect(rowsOf('Anywhere on the page')).toContainEqual(['Z or Ctrl + Z or ⌘ + Z', 'Undo a weight edit']);
    expect(rowsOf('On a weight heatmap')).toContainEqual(['→ or Shift + →', 'Cursor right']);
    expect(rowsOf('In presentation mode')).toContainEqual(['←', 'Ignored: rewinding the hidden timeline']);
    expect(rowsOf('Typing a value into a cell')).toEqual([
      ['Enter', 'Set exactly the typed value (one undoable edit)'],
      ['Esc', 'Cancel: the weight stays as it was'],
    ]);
    expect(screen.getByText(/no shortcut fires while you type/)).toBeInTheDocument();
  });

  it('has one row for every binding of the keymap, and nothing else', () => {
    render(<HelpDialog />);
    for (const scope of SCOPES) {
      const { title, bindings } = KEYMAP[scope];
      if (bindings.length === 0) {
        expect(screen.queryByRole('table', { name: title })).toBeNull();
        continue;
      }
      expect(
        rowsOf(title).map((r) => r[1]),
        scope,
      ).toEqual(bindings.map((b) => b.label));
    }
  });
});
