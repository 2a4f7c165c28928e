import type { StateCreator } from 'zustand';
import type { HideId } from '../url/ids';
import type { Store } from './types';

/** The classroom and the open web: presentation mode, what a link hides, what it could not apply. */
export interface WebSlice {
  /** Large type, strong lines, fewer panels: for a projector at the back of a hall. */
  presentation: boolean;
  /** Panels and controls an embedding link hides. */
  hidden: readonly HideId[];
  /** Parameters of the opening link that were ignored, each with why (shown as text, never as HTML). */
  linkIgnored: readonly string[];
  /** The lesson the opening link chose (`lesson=<id>`); the lessons panel reads it once. */
  initialLesson: string | null;
  /**
   * Hand-edited weights, packed for a link (null = the weights follow from seed + init). Set after every hand
   * edit, cleared when the network is rebuilt.
   */
  linkWeights: string | null;
  /** The shortcuts dialog is open. */
  helpOpen: boolean;
  setPresentation(v: boolean): void;
  togglePresentation(): void;
  setHidden(ids: readonly HideId[]): void;
  setLinkIgnored(lines: readonly string[]): void;
  setInitialLesson(id: string | null): void;
  setLinkWeights(packed: string | null): void;
  setHelpOpen(v: boolean): void;
}

export const createWebSlice: StateCreator<Store, [], [], WebSlice> = (set, get) => ({
  presentation: false,
  hidden: [],
  linkIgnored: [],
  initialLesson: null,
  linkWeights: null,
  helpOpen: false,
  setPresentation: (presentation) => set({ presentation }),
  togglePresentation: () => set({ presentation: !get().presentation }),
  setHidden: (hidden) => set({ hidden }),
  setLinkIgnored: (linkIgnored) => set({ linkIgnored }),
  setInitialLesson: (initialLesson) => set({ initialLesson }),
  setLinkWeights: (linkWeights) => set({ linkWeights }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
});
