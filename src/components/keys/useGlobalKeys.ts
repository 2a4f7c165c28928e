import { useEffect } from 'react';
import { useStore } from '../../store';
import { keyContextAt } from './context';
import type { ActionId, Scope } from './keymap';
import { lookup, resolve } from './resolve';

/** The page's actions: what the teacher at a projector presses. */
const PAGE_ACTIONS: Partial<Record<ActionId, () => void>> = {
  togglePlay: () => useStore.getState().togglePlay(),
  step: () => useStore.getState().stepBatch(),
  epoch: () => useStore.getState().stepEpoch(),
  back: () => useStore.getState().timelineBack(),
  reset: () => useStore.getState().reset(),
  undo: () => useStore.getState().undo(),
  redo: () => useStore.getState().redo(),
  presentation: () => useStore.getState().togglePresentation(),
  help: () => useStore.getState().setHelpOpen(true),
};

const PAGE_SCOPES: readonly Scope[] = ['global', 'presentation'];

/**
 * The page's keyboard. Every key is resolved once against the scopes where it was pressed. This handler acts
 * only when the page's scopes take the key; when an inner scope takes it (the heatmap, the value editor, a
 * dialog, a field), it stands back and that scope's own handler resolves the same key to its own action. A
 * key the page takes without an action (presentation mode's ignored keys) still has its default prevented:
 * nothing happens, not even the page scrolling under the audience.
 *
 * It listens on the document, not the window: a heatmap click waiting to see whether it becomes a
 * double-click is closed by a window listener first, before any key acts (see useCellStroke).
 */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const ctx = keyContextAt(e.target);
      const hit = lookup(ctx, e);
      if (!hit || !PAGE_SCOPES.includes(hit.scope)) return;
      e.preventDefault();
      const action = resolve(ctx, e);
      if (action) PAGE_ACTIONS[action]?.();
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
