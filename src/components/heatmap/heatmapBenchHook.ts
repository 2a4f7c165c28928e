import { benchHeatmapRedraw } from '../../viz/heatmapBench';

/**
 * Page-side measurement for the UI bench: window.weightscopeBench.heatmapRedraw(rows, cols, reps) draws a
 * rows × cols heatmap reps times into an off-page canvas and returns the milliseconds per redraw.
 */
declare global {
  interface Window {
    weightscopeBench?: Record<string, unknown>;
  }
}
if (typeof window !== 'undefined') {
  window.weightscopeBench = { ...window.weightscopeBench, heatmapRedraw: benchHeatmapRedraw };
}
