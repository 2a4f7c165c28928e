import { sameRef } from '../domain/weightRef';
import type { Ctx } from './core';
import type { ViewActions } from './types';

/** How views look and what a link hides: nothing here changes the network. */
export function viewActions(ctx: Ctx): ViewActions {
  const { get, set } = ctx;
  return {
    setEmphasis: (emphasis) => set({ emphasis }),
    setColorScope: (colorScope) => set({ colorScope }),
    setHovered: (r) => {
      if (!sameRef(r, get().hovered)) set({ hovered: r });
    },
    setSelected: (selected) => set({ selected }),
    setShowTestPoints: (showTestPoints) => set({ showTestPoints }),
    setPresentation: (presentation) => set({ presentation }),
    togglePresentation: () => set({ presentation: !get().presentation }),
    setHidden: (hidden) => set({ hidden }),
    setLinkIgnored: (linkIgnored, from = null) => set({ linkIgnored, linkFrom: from }),
    setEmbedOrigins: (embedOrigins) => set({ embedOrigins }),
    setInitialLesson: (initialLesson) => set({ initialLesson }),
    setLinkWeights: (linkWeights) => set({ linkWeights }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
  };
}
