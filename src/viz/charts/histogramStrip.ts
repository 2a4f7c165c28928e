import type { History } from '../../history/timelineHistory';

/**
 * A layer's weight distribution over time: for each sampled entry (column) the count of weights in each of
 * `bins` FIXED bins spanning [lo, hi] (the same bins for every column, so shapes compare across steps).
 * Values outside land in the edge bins. Returns bins × cols counts, row 0 = the highest bin.
 */
export function histogramStrip(
  h: History,
  layer: number,
  idx: Int32Array,
  bins: number,
  lo: number,
  hi: number,
): Float32Array {
  const cols = idx.length;
  const out = new Float32Array(bins * cols);
  const n = h.shapes[layer].inputs * h.shapes[layer].units;
  const off = h.wOff[layer];
  // Halves, so a range of ±1.7e308 does not overflow to an infinite width (issue 14); (v − lo)·scale is then
  // v·scale − lo·scale, each term finite.
  const scale = bins / 2 / (hi / 2 - lo / 2 || 1);
  const start = lo * scale;
  for (let c = 0; c < cols; c++) {
    const d = h.block(idx[c]);
    const o = h.offset(idx[c]) + off;
    for (let k = 0; k < n; k++) {
      let b = Math.floor(d[o + k] * scale - start);
      if (b < 0) b = 0;
      else if (b >= bins) b = bins - 1;
      out[(bins - 1 - b) * cols + c]++;
    }
  }
  return out;
}

/**
 * Count → colour for the strip: white for an empty bin, darkening toward ink with √count (a few weights stay
 * visible next to many). One RGBA pixel per cell.
 */
export function stripPixels(counts: Float32Array, max: number, out?: Uint8ClampedArray): Uint8ClampedArray {
  const px = out && out.length === counts.length * 4 ? out : new Uint8ClampedArray(counts.length * 4);
  const inv = max > 0 ? 1 / Math.sqrt(max) : 0;
  for (let i = 0; i < counts.length; i++) {
    const t = counts[i] > 0 ? 0.15 + 0.85 * Math.min(1, Math.sqrt(counts[i]) * inv) : 0;
    // From white to a dark slate (#1f2937): colour-blind safe, and sign is read from the value axis.
    px[i * 4] = 255 - t * (255 - 31);
    px[i * 4 + 1] = 255 - t * (255 - 41);
    px[i * 4 + 2] = 255 - t * (255 - 55);
    px[i * 4 + 3] = 255;
  }
  return px;
}

/**
 * A symmetric value range that covers every kept weight of the layer, rounded up to a readable number
 * (1, 1.5, 2, 2.5 … times a power of ten) but never past the largest double.
 */
export function layerRange(h: History, layer: number, idx: Int32Array): number {
  const n = h.shapes[layer].inputs * h.shapes[layer].units;
  const off = h.wOff[layer];
  let m = 1e-3;
  for (let c = 0; c < idx.length; c++) {
    const d = h.block(idx[c]);
    const o = h.offset(idx[c]) + off;
    for (let k = 0; k < n; k++) {
      const a = Math.abs(d[o + k]);
      if (a > m) m = a;
    }
  }
  const p = 10 ** Math.floor(Math.log10(m));
  return Math.min(Number.MAX_VALUE, Math.ceil(m / p / 0.5) * 0.5 * p);
}
