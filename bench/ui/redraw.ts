/**
 * Page-side redraw timings for `npm run bench:ui`, built from the same sources as the site: the weight heatmap
 * of a 784 × 128 layer, and every per-unit map of the network diagram for the default 2-8-8-1 spiral net
 * (unit outputs over the plane + links + squares), exactly as the diagram component redraws them.
 */
import { computeUnitImages } from '../../src/components/diagram/unitMaps';
import { session } from '../../src/store';
import { layoutDiagram } from '../../src/viz/diagram';
import { drawDiagram } from '../../src/viz/diagramDraw';
import { drawHeatmap } from '../../src/viz/heatmap';

function canvas2d(w: number, h: number): CanvasRenderingContext2D {
  const dpr = window.devicePixelRatio || 1;
  const c = document.createElement('canvas');
  c.width = Math.round(w * dpr);
  c.height = Math.round(h * dpr);
  document.body.append(c);
  const ctx = c.getContext('2d', { willReadFrequently: false })!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** Median and 90th percentile ms of reps runs after warm-up; a 1-pixel read-back makes the GPU/raster work count. */
function time(reps: number, ctx: CanvasRenderingContext2D, run: (r: number) => void) {
  const t: number[] = [];
  for (let r = -5; r < reps; r++) {
    const t0 = performance.now();
    run(r);
    ctx.getImageData(0, 0, 1, 1);
    if (r >= 0) t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { medianMs: t[Math.floor(t.length / 2)], p90Ms: t[Math.floor(t.length * 0.9)], reps };
}

function heatmap784x128(reps: number, cell: number) {
  const rows = 128,
    cols = 784;
  const ctx = canvas2d(cols * cell, rows * cell);
  const values = new Float64Array(rows * cols);
  return time(reps, ctx, (r) => {
    // New values every redraw, as during training.
    for (let i = 0; i < values.length; i++) values[i] = Math.sin(i * 0.37 + r) * 1.3;
    drawHeatmap(ctx, values, { rows, cols, max: 1.5, cellW: cell, cellH: cell });
  });
}

function unitMaps2881(reps: number) {
  const s = () => session.getState();
  const m = s().mlp;
  const width = 600;
  const layout = layoutDiagram([m.inputs, ...m.layers.map((l) => l.units)], width, 300, {
    cap: 16,
    maxSize: 40,
    minSize: 12,
    pad: 8,
  });
  const ctx = canvas2d(width, 300);
  return time(reps, ctx, () => {
    // Weights change every frame while playing: every unit's map is recomputed, then all are drawn.
    const images = computeUnitImages(s().mlp, s().dataset, 16);
    drawDiagram(ctx, layout, {
      layers: s().mlp.layers,
      images,
      inputLabels: ['x₁', 'x₂'],
      imageInputs: false,
      highlight: null,
    });
  });
}

declare global {
  interface Window {
    __redrawBench?: () => unknown;
  }
}

window.__redrawBench = () => ({
  dpr: window.devicePixelRatio || 1,
  heatmap784x128cell1: heatmap784x128(60, 1),
  heatmap784x128cell2: heatmap784x128(60, 2),
  unitMaps2881: unitMaps2881(60),
});
