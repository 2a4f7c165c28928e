import { divergingLut, signGlyph, textColorOn } from './colors';
import { drawDropped } from './dropped';

let LUT32: Uint32Array | null = null;
/** The palette as one 32-bit word per entry, so a pixel is written with one store. */
const lut32 = () => (LUT32 ??= new Uint32Array(divergingLut().slice().buffer));

let lastBytes: Uint8ClampedArray | null = null;
let lastWords: Uint32Array | null = null;
/** A 32-bit view of a pixel buffer, kept for the next redraw of the same buffer (no allocation then). */
function view32(px: Uint8ClampedArray, n: number): Uint32Array {
  if (px !== lastBytes || !lastWords) {
    lastBytes = px;
    lastWords = new Uint32Array(px.buffer, px.byteOffset, n);
  }
  return lastWords;
}

/**
 * One RGBA pixel per matrix cell (rows × cols, row-major values) on the symmetric scale [−max, max]. Pure:
 * the bytes can be checked one by one. Writes into out when it has the right length (no allocation).
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  max: number,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const n = rows * cols;
  const px = out && out.length === n * 4 ? out : new Uint8ClampedArray(n * 4);
  const L = lut32();
  const dst = view32(px, n);
  // The scale's inverse once, not a division per cell; exact zero and a missing scale stay neutral.
  const inv = max > 0 ? 128 / max : 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let idx = 128;
    if (v !== 0 && inv > 0) {
      idx = Math.round(128 + v * inv);
      if (idx > 256) idx = 256;
      else if (idx < 0) idx = 0;
      // A tiny non-zero weight never takes the zero colour: its sign stays visible.
      else if (idx === 128) idx = v > 0 ? 129 : 127;
      else if (idx !== idx) idx = 128;
    }
    // One 32-bit store per pixel: the LUT's RGBA bytes in the platform's byte order.
    dst[i] = L[idx];
  }
  return px;
}

export interface HeatmapOptions {
  rows: number;
  cols: number;
  /** Half-range of the colour scale. */
  max: number;
  /** Pixel size of a cell (CSS pixels). */
  cellW: number;
  cellH: number;
  /** Draw ± glyphs when cells are at least this large. */
  glyphMin?: number;
  /** Cells to outline (row-major indices), e.g. weights that just flipped sign. */
  outlined?: ArrayLike<number>;
  /** A cell to highlight (hover from any linked view). */
  highlight?: number | null;
  /** The selected cell (the inspector's weight). */
  selected?: number | null;
  /** The keyboard cursor cell (drawn dashed, only while the grid has focus). */
  cursor?: number | null;
  /** Cells drawn as empty (pruned weights). */
  empty?: Uint8Array | null;
  /** Cells that get a small lock mark (frozen weights). */
  locked?: Uint8Array | null;
  /** Per row, the share of the last step's batch that dropped that unit (dropout): hatched. */
  droppedRows?: ArrayLike<number> | null;
  /** Per column, the same for the units feeding this layer. */
  droppedCols?: ArrayLike<number> | null;
}

interface Scratch {
  canvas: OffscreenCanvas | HTMLCanvasElement;
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  image: ImageData;
}
const scratches = new Map<string, Scratch>();

/** A 1-pixel-per-cell canvas and its ImageData, made once per size and reused by every redraw. */
function scratchFor(cols: number, rows: number): Scratch | null {
  const key = `${cols}x${rows}`;
  let s = scratches.get(key);
  if (s) return s;
  const canvas =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(cols, rows)
      : Object.assign(document.createElement('canvas'), { width: cols, height: rows });
  const ctx = canvas.getContext('2d') as Scratch['ctx'] | null;
  if (!ctx) return null;
  s = { canvas, ctx, image: ctx.createImageData(cols, rows) };
  if (scratches.size > 32) scratches.clear();
  scratches.set(key, s);
  return s;
}

const cellX = (i: number, cols: number, w: number) => (i % cols) * w;
const cellY = (i: number, cols: number, h: number) => Math.floor(i / cols) * h;

/**
 * Draws the matrix: pixel colours into a reused 1-pixel-per-cell image, scaled up without smoothing (fast
 * even for 784 × 128), then grid, glyphs, marks and highlights on top. ctx is already scaled for
 * devicePixelRatio; drawing starts at (0, 0).
 */
export function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  values: ArrayLike<number>,
  o: HeatmapOptions,
): void {
  const { rows, cols, max, cellW, cellH } = o;
  const w = cols * cellW;
  const h = rows * cellH;
  ctx.clearRect(0, 0, w, h);
  if (!rows || !cols) return;
  const s = scratchFor(cols, rows);
  if (!s) return;
  heatmapPixels(values, rows, cols, max, s.image.data);
  s.ctx.putImageData(s.image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(s.canvas, 0, 0, w, h);
  const big = cellW >= 6 && cellH >= 6;
  if (o.empty) {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#9a9a9a';
    ctx.lineWidth = 1;
    for (let i = 0; i < o.empty.length; i++) {
      if (!o.empty[i]) continue;
      const x = cellX(i, cols, cellW),
        y = cellY(i, cols, cellH);
      ctx.fillRect(x, y, cellW, cellH);
      if (big) ctx.strokeRect(x + 1.5, y + 1.5, cellW - 3, cellH - 3);
    }
  }
  if (big) {
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let c = 1; c < cols; c++) {
      ctx.moveTo(c * cellW + 0.5, 0);
      ctx.lineTo(c * cellW + 0.5, h);
    }
    for (let r = 1; r < rows; r++) {
      ctx.moveTo(0, r * cellH + 0.5);
      ctx.lineTo(w, r * cellH + 0.5);
    }
    ctx.stroke();
  }
  const gmin = o.glyphMin ?? 14;
  if (cellW >= gmin && cellH >= gmin) {
    ctx.font = `600 ${Math.round(Math.min(cellW, cellH) * 0.6)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i];
      if (o.empty?.[i]) continue;
      ctx.fillStyle = textColorOn(v, max);
      ctx.fillText(signGlyph(v), cellX(i, cols, cellW) + cellW / 2, cellY(i, cols, cellH) + cellH / 2 + 1);
    }
  }
  if (o.locked && cellW >= 8) drawLocks(ctx, o.locked, cols, cellW, cellH);
  if (o.droppedRows) drawDropped(ctx, o.droppedRows, 'row', rows, cols, cellW, cellH);
  if (o.droppedCols) drawDropped(ctx, o.droppedCols, 'col', rows, cols, cellW, cellH);
  if (o.outlined) {
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2;
    for (let k = 0; k < o.outlined.length; k++) {
      const i = o.outlined[k];
      ctx.strokeRect(cellX(i, cols, cellW) + 1, cellY(i, cols, cellH) + 1, cellW - 2, cellH - 2);
    }
  }
  if (o.selected != null && o.selected >= 0)
    ring(ctx, o.selected, cols, cellW, cellH, '#000000', '#ffffff', []);
  if (o.highlight != null && o.highlight >= 0)
    ring(ctx, o.highlight, cols, cellW, cellH, '#000000', '#ffd400', []);
  if (o.cursor != null && o.cursor >= 0)
    ring(ctx, o.cursor, cols, cellW, cellH, '#000000', '#ffffff', [3, 2]);
}

/** A two-tone ring (dark outside, light inside) readable on every cell colour; at least 4 px even on tiny cells. */
function ring(
  ctx: CanvasRenderingContext2D,
  i: number,
  cols: number,
  cellW: number,
  cellH: number,
  outer: string,
  inner: string,
  dash: number[],
): void {
  const pad = Math.max(0, (4 - Math.min(cellW, cellH)) / 2);
  const x = cellX(i, cols, cellW) - pad + 1.5;
  const y = cellY(i, cols, cellH) - pad + 1.5;
  const w = Math.max(1, cellW + 2 * pad - 3);
  const h = Math.max(1, cellH + 2 * pad - 3);
  ctx.setLineDash([]);
  ctx.strokeStyle = outer;
  ctx.lineWidth = 3;
  ctx.strokeRect(x, y, w, h);
  ctx.setLineDash(dash);
  ctx.strokeStyle = inner;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x, y, w, h);
  ctx.setLineDash([]);
}

/** A small padlock in the cell's top-right corner: this weight is frozen and training will not move it. */
function drawLocks(
  ctx: CanvasRenderingContext2D,
  locked: Uint8Array,
  cols: number,
  cellW: number,
  cellH: number,
) {
  const s = Math.max(3, Math.min(cellW, cellH) * 0.28);
  ctx.fillStyle = '#1a1a1a';
  ctx.strokeStyle = '#1a1a1a';
  ctx.lineWidth = 1;
  for (let i = 0; i < locked.length; i++) {
    if (!locked[i]) continue;
    const x = cellX(i, cols, cellW) + cellW - s - 2;
    const y = cellY(i, cols, cellH) + 2;
    ctx.fillRect(x, y + s * 0.45, s, s * 0.55);
    ctx.beginPath();
    ctx.arc(x + s / 2, y + s * 0.45, s * 0.3, Math.PI, 0);
    ctx.stroke();
  }
}

/** Largest |v| of several arrays (the colour scale's half-range), at least a small floor. */
export function maxAbs(arrays: ArrayLike<number>[], floor = 1e-6): number {
  let m = floor;
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > m) m = Math.abs(a[i]);
  return m;
}
