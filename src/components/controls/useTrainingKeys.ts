import { useEffect } from 'react';
import { useStore } from '../../store';

/** Where a key press belongs to the focused control, not to the page. */
function ownsKeys(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (/^(INPUT|SELECT|TEXTAREA|CANVAS)$/.test(t.tagName)) return true;
  return !!t.closest('[role="grid"],[role="application"],[role="slider"],[role="dialog"]');
}

/**
 * Keyboard for a teacher at a projector: → one batch, Shift+→ one epoch, P play/pause, R reset. Ignored while
 * typing in a field or when a focused widget (a heatmap grid) handles the key itself.
 */
export function useTrainingKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || ownsKeys(e.target)) return;
      const s = useStore.getState();
      if (e.key === 'ArrowRight') {
        if (e.shiftKey) s.stepEpoch();
        else s.stepBatch();
      } else if (e.key === 'p' || e.key === 'P') s.togglePlay();
      else if (e.key === 'r' || e.key === 'R') s.reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
