import { NEGATIVE, POSITIVE, divergingColor } from './colors';
import { decisionMapPixels, toPlot, type MapMode } from './decisionMap';

export interface PlotPoints {
  n: number;
  /** n × 2. */
  x: Float64Array;
  labels: Float64Array;
}

export interface DecisionMapOptions {
  size: number;
  grid: number;
  domain: [number, number];
  mode: MapMode;
  /** Outputs per grid point. */
  k: number;
  max: number;
  regression: boolean;
  /** The half-range of regression targets, for point colours. */
  labelMax: number;
}

/**
 * Marker of one point: class 1 (blue, +) a circle, class 0 (orange, −) a square, so the class reads without
 * colour; test points are hollow.
 */
function marker(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  fill: string,
  square: boolean,
  test: boolean,
) {
  ctx.beginPath();
  if (square) ctx.rect(x - 3.2, y - 3.2, 6.4, 6.4);
  else ctx.arc(x, y, 3.6, 0, Math.PI * 2);
  if (test) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = fill;
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.fillStyle = fill;
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  }
}

function drawPoints(ctx: CanvasRenderingContext2D, p: PlotPoints, o: DecisionMapOptions, test: boolean) {
  for (let i = 0; i < p.n; i++) {
    const [x, y] = toPlot(p.x[2 * i], p.x[2 * i + 1], o.domain, o.size);
    const l = p.labels[i];
    const fill = o.regression ? divergingColor(l / (o.labelMax || 1)) : l > 0 ? POSITIVE : NEGATIVE;
    marker(ctx, x, y, fill, !o.regression && l === 0, test);
  }
}

/** The small canvas the grid's pixels are put on before being scaled up: one, reused by every draw. */
let scratch: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D | null } | null = null;

function scratchCanvas(side: number): CanvasRenderingContext2D | null {
  scratch ??= (() => {
    const canvas = document.createElement('canvas');
    return { canvas, ctx: canvas.getContext('2d') };
  })();
  if (scratch.canvas.width !== side || scratch.canvas.height !== side) {
    scratch.canvas.width = side;
    scratch.canvas.height = side;
  }
  return scratch.ctx;
}

/** Paints the map (grid × grid outputs) scaled to size, then the train and optionally test points. */
export function drawDecisionMap(
  ctx: CanvasRenderingContext2D,
  outputs: Float64Array,
  train: PlotPoints,
  test: PlotPoints | null,
  o: DecisionMapOptions,
): void {
  const px = decisionMapPixels(outputs, o.grid * o.grid, o.k, o.mode, o.max);
  const sctx = scratchCanvas(o.grid);
  ctx.clearRect(0, 0, o.size, o.size);
  if (sctx) {
    sctx.putImageData(new ImageData(px as Uint8ClampedArray<ArrayBuffer>, o.grid, o.grid), 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(sctx.canvas, 0, 0, o.size, o.size);
  }
  // Axes through the origin, faint, so the plane's centre is visible.
  const [ox, oy] = toPlot(0, 0, o.domain, o.size);
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(ox + 0.5, 0);
  ctx.lineTo(ox + 0.5, o.size);
  ctx.moveTo(0, oy + 0.5);
  ctx.lineTo(o.size, oy + 0.5);
  ctx.stroke();
  drawPoints(ctx, train, o, false);
  if (test) drawPoints(ctx, test, o, true);
}
