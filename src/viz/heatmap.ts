import { divergingLut, lutIndex, signGlyph, textColorOn } from './colors';

let LUT: Uint8ClampedArray | null = null;
const lut = () => (LUT ??= divergingLut());

/**
 * One RGBA pixel per matrix cell (rows × cols, row-major values) on the symmetric scale [−max, max]. Pure:
 * the bytes can be checked one by one.
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  max: number,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const px = out && out.length === rows * cols * 4 ? out : new Uint8ClampedArray(rows * cols * 4);
  const L = lut();
  for (let i = 0; i < rows * cols; i++) {
    const k = lutIndex(values[i], max) * 4;
    const o = i * 4;
    px[o] = L[k];
    px[o + 1] = L[k + 1];
    px[o + 2] = L[k + 2];
    px[o + 3] = 255;
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
  /** A cell to highlight (hover / selection). */
  highlight?: number | null;
  /** Cells drawn as empty (pruned weights). */
  empty?: Uint8Array | null;
}

const scratch = typeof OffscreenCanvas !== 'undefined' ? new Map<string, OffscreenCanvas>() : null;

/**
 * Draws the matrix: pixel colours into a 1-pixel-per-cell image, scaled up without smoothing (fast even for
 * 784 × 128), then glyphs, outlines and highlight on top. ctx is already scaled for devicePixelRatio.
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
  const px = heatmapPixels(values, rows, cols, max);
  const key = `${cols}x${rows}`;
  let src: OffscreenCanvas | HTMLCanvasElement | null = scratch?.get(key) ?? null;
  if (!src) {
    src = scratch
      ? new OffscreenCanvas(cols, rows)
      : Object.assign(document.createElement('canvas'), { width: cols, height: rows });
    scratch?.set(key, src as OffscreenCanvas);
  }
  const sctx = src.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!sctx) return;
  sctx.putImageData(new ImageData(px as Uint8ClampedArray<ArrayBuffer>, cols, rows), 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(src, 0, 0, w, h);
  if (o.empty) {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#9a9a9a';
    ctx.lineWidth = 1;
    for (let i = 0; i < o.empty.length; i++) {
      if (!o.empty[i]) continue;
      const x = (i % cols) * cellW,
        y = Math.floor(i / cols) * cellH;
      ctx.fillRect(x, y, cellW, cellH);
      if (cellW >= 6) ctx.strokeRect(x + 1.5, y + 1.5, cellW - 3, cellH - 3);
    }
  }
  if (cellW >= 6 && cellH >= 6) {
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
    ctx.font = `${Math.round(Math.min(cellW, cellH) * 0.6)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i];
      if (o.empty?.[i]) continue;
      ctx.fillStyle = textColorOn(v, max);
      ctx.fillText(
        signGlyph(v),
        (i % cols) * cellW + cellW / 2,
        Math.floor(i / cols) * cellH + cellH / 2 + 1,
      );
    }
  }
  if (o.outlined) {
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2;
    for (let k = 0; k < o.outlined.length; k++) {
      const i = o.outlined[k];
      ctx.strokeRect((i % cols) * cellW + 1, Math.floor(i / cols) * cellH + 1, cellW - 2, cellH - 2);
    }
  }
  if (o.highlight != null && o.highlight >= 0) {
    const i = o.highlight;
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 3;
    ctx.strokeRect((i % cols) * cellW + 1.5, Math.floor(i / cols) * cellH + 1.5, cellW - 3, cellH - 3);
    ctx.strokeStyle = '#ffd400';
    ctx.lineWidth = 1.5;
    ctx.strokeRect((i % cols) * cellW + 1.5, Math.floor(i / cols) * cellH + 1.5, cellW - 3, cellH - 3);
  }
}

/** Largest |v| of several arrays (the colour scale's half-range), at least a small floor. */
export function maxAbs(arrays: ArrayLike<number>[], floor = 1e-6): number {
  let m = floor;
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > m) m = Math.abs(a[i]);
  return m;
}
