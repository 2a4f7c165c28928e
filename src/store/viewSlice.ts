import { sameRef, type WeightRef } from '../domain/weightRef';
import type { StateCreator } from 'zustand';
import type { Store } from './types';


/** How views look: nothing here changes the network. */
export interface ViewSlice {
  /** One colour scale per layer, or one for the whole network. */
  colorScope: 'layer' | 'network';
  /** The weight under the pointer, in any view (linked highlighting). */
  hovered: WeightRef | null;
  /** The weight picked for the inspector. */
  selected: WeightRef | null;
  showTestPoints: boolean;
  /** Cells a lesson wants outlined in the heatmaps (per layer, row-major weight indices), and what they are. */
  emphasis: { cells: Int32Array[]; label: string } | null;
  setEmphasis(e: { cells: Int32Array[]; label: string } | null): void;
  setColorScope(s: 'layer' | 'network'): void;
  setHovered(r: WeightRef | null): void;
  setSelected(r: WeightRef | null): void;
  setShowTestPoints(v: boolean): void;
}

export const createViewSlice: StateCreator<Store, [], [], ViewSlice> = (set, get) => ({
  colorScope: 'layer',
  hovered: null,
  selected: null,
  showTestPoints: false,
  emphasis: null,
  setEmphasis: (emphasis) => set({ emphasis }),
  setColorScope: (colorScope) => set({ colorScope }),
  setHovered: (r) => {
    if (!sameRef(r, get().hovered)) set({ hovered: r });
  },
  setSelected: (selected) => set({ selected }),
  setShowTestPoints: (showTestPoints) => set({ showTestPoints }),
});
