import { drawHeatmap } from './heatmap';

export interface HeatmapBenchResult {
  rows: number;
  cols: number;
  reps: number;
  /** Median and 90th percentile milliseconds per full redraw (pixels, image upload, scaled draw). */
  medianMs: number;
  p90Ms: number;
  /** Mean over one block of reps redraws timed together (no per-draw timer or readback noise). */
  meanMs: number;
}

/**
 * Times full redraws of a rows × cols heatmap (random-looking values that change each redraw, as in
 * training) into a canvas of cell-pixel cells at devicePixelRatio. Runs in the page, in a real browser.
 */
export function benchHeatmapRedraw(rows = 128, cols = 784, reps = 60, cell = 2): HeatmapBenchResult {
  const dpr = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cols * cell * dpr);
  canvas.height = Math.round(rows * cell * dpr);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const values = new Float64Array(rows * cols);
  const times: number[] = [];
  for (let r = -5; r < reps; r++) {
    for (let i = 0; i < values.length; i++) values[i] = Math.sin(i * 0.37 + r) * 1.3;
    const t0 = performance.now();
    drawHeatmap(ctx, values, { rows, cols, max: 1.5, cellW: cell, cellH: cell });
    // Make the browser finish the draw inside the timing: read one pixel back.
    ctx.getImageData(0, 0, 1, 1);
    const t = performance.now() - t0;
    if (r >= 0) times.push(t);
  }
  times.sort((a, b) => a - b);
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) {
    values[r % values.length] = -values[r % values.length];
    drawHeatmap(ctx, values, { rows, cols, max: 1.5, cellW: cell, cellH: cell });
  }
  ctx.getImageData(0, 0, 1, 1);
  const meanMs = (performance.now() - t0) / reps;
  return {
    meanMs,
    rows,
    cols,
    reps,
    medianMs: times[Math.floor(times.length / 2)],
    p90Ms: times[Math.floor(times.length * 0.9)],
  };
}
