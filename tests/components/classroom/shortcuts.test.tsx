import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { resetStore, useStore } from '../../../src/store';

describe('keyboard on the page', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('→ steps, Shift+→ finishes the epoch, z undoes an edit and Shift+Z redoes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.keyboard('{ArrowRight}');
    expect(useStore.getState().step).toBe(1);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(useStore.getState().epoch).toBe(1);
    useStore.getState().editWeights('paint', (m) => (m.layers[0].weights[0] = 3));
    await user.keyboard('z');
    expect(useStore.getState().mlp.layers[0].weights[0]).not.toBe(3);
    await user.keyboard('Z');
    expect(useStore.getState().mlp.layers[0].weights[0]).toBe(3);
    await user.keyboard('{Control>}z{/Control}');
    expect(useStore.getState().mlp.layers[0].weights[0]).not.toBe(3);
  });

  it('p toggles presentation mode (the button shows it), ? lists every shortcut', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.keyboard('p');
    expect(document.documentElement).toHaveClass('presenting');
    expect(screen.getByRole('button', { name: 'Presentation' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('?');
    // The dialog's code loads on demand.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Play / pause training');
    expect(dialog).toHaveTextContent('Back one step in the timeline');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('p');
    expect(document.documentElement).not.toHaveClass('presenting');
  });

  it('does nothing while typing in a field', async () => {
    const user = userEvent.setup();
    render(<App />);
    const field = screen.getByRole('textbox', { name: /Batch size/ });
    await user.click(field);
    await user.keyboard('{ArrowRight}rpz ');
    expect(useStore.getState().step).toBe(0);
    expect(useStore.getState().presentation).toBe(false);
  });
});
