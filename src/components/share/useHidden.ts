import { useStore } from '../../store';
import { PRESENTATION_HIDDEN, type HideId, type PanelId } from '../../url/ids';

/**
 * Whether a panel or control is hidden (by an embedding link, or by presentation mode for secondary panels).
 * A control in any panel calls `if (useHidden('lr')) return null;`.
 */
export function useHidden(id: HideId): boolean {
  return useStore(
    (s) => s.hidden.includes(id) || (s.presentation && PRESENTATION_HIDDEN.includes(id as PanelId)),
  );
}
