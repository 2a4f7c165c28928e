import { useEffect } from 'react';
import { useStore } from '../../store';
import { ownsKey, shortcutFor, type ShortcutAction } from './shortcuts';

type Run = Record<ShortcutAction, () => void>;

const run: Run = {
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

/**
 * The page's keyboard, for a teacher at a projector. Listens in the capture phase so one press does one thing
 * even where a panel has its own key handler (that handler sees defaultPrevented and stands back).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || (e.repeat && e.key !== 'ArrowRight')) return;
      const action = shortcutFor(e);
      if (!action || ownsKey(e.target, action)) return;
      e.preventDefault();
      run[action]();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
