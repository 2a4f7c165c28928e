import type { ReactNode } from 'react';
import type { HideId } from '../../url/ids';
import { useHidden } from './useHidden';

/** Renders its children unless a link (or presentation mode) hides this panel or control. */
export function Show({ id, children }: { id: HideId; children: ReactNode }) {
  return useHidden(id) ? null : children;
}
