import { divergingLut, lutIndex } from './colors';

let LUT: Uint8ClampedArray | null = null;
const lut = () => (LUT ??= divergingLut());

/**
 * How network outputs become colours on the input plane:
 * - 'signed': one tanh/linear output, the value on [−max, max] (its sign is the class);
 * - 'probability': one sigmoid output, centred on 0.5 (p − 0.5 on [−0.5, 0.5]);
 * - 'classes': two softmax outputs, p₁ − p₀ (the sign is the predicted class, the depth its confidence);
 *   with more classes, the predicted class's index in a small categorical palette.
 * - 'regression': the predicted value on [−max, max].
 */
export type MapMode = 'signed' | 'probability' | 'classes' | 'regression';

/** Input points of an n × n grid over [lo, hi]², row 0 at the top (largest x₂), cell centres. */
export function gridInputs(n: number, domain: [number, number]): Float64Array {
  const [lo, hi] = domain;
  const step = (hi - lo) / n;
  const x = new Float64Array(n * n * 2);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const i = (r * n + c) * 2;
      x[i] = lo + (c + 0.5) * step;
      x[i + 1] = hi - (r + 0.5) * step;
    }
  return x;
}

const CATEGORICAL = [
  [179, 88, 6],
  [33, 102, 172],
  [27, 158, 119],
  [117, 112, 179],
  [231, 41, 138],
  [102, 166, 30],
  [230, 171, 2],
  [166, 118, 29],
  [102, 102, 102],
  [0, 0, 0],
];

/** The scalar a pixel shows for point i, on [−max, max]; for multi-class maps, see classesPixel. */
function scalarAt(out: ArrayLike<number>, i: number, k: number, mode: MapMode): number {
  if (mode === 'probability') return out[i] - 0.5;
  if (mode === 'classes' && k === 2) return out[i * 2 + 1] - out[i * 2];
  return out[i * k];
}

/**
 * One RGBA pixel per grid point from network outputs (n points × k outputs, row-major). Pure: the bytes can be
 * checked one by one. max is the scale's half-range for 'signed' and 'regression' (ignored otherwise).
 */
export function decisionMapPixels(
  out: ArrayLike<number>,
  n: number,
  k: number,
  mode: MapMode,
  max = 1,
  dst?: Uint8ClampedArray,
): Uint8ClampedArray {
  const px = dst && dst.length === n * 4 ? dst : new Uint8ClampedArray(n * 4);
  const L = lut();
  const half = mode === 'probability' ? 0.5 : mode === 'classes' ? 1 : max;
  for (let i = 0; i < n; i++) {
    const o = i * 4;
    if (mode === 'classes' && k > 2) {
      let best = 0;
      for (let j = 1; j < k; j++) if (out[i * k + j] > out[i * k + best]) best = j;
      // Lighter where the network is unsure: mix toward white by (1 − p).
      const p = out[i * k + best];
      const c = CATEGORICAL[best % CATEGORICAL.length];
      for (let ch = 0; ch < 3; ch++) px[o + ch] = Math.round(c[ch] * p + 255 * (1 - p));
      px[o + 3] = 255;
      continue;
    }
    const li = lutIndex(scalarAt(out, i, k, mode), half) * 4;
    px[o] = L[li];
    px[o + 1] = L[li + 1];
    px[o + 2] = L[li + 2];
    px[o + 3] = 255;
  }
  return px;
}

/** Canvas pixel position of a data point in a square plot of side `size` over the domain. */
export function toPlot(x1: number, x2: number, domain: [number, number], size: number): [number, number] {
  const [lo, hi] = domain;
  return [((x1 - lo) / (hi - lo)) * size, ((hi - x2) / (hi - lo)) * size];
}

/** The inverse of toPlot: the input point under a canvas pixel. */
export function fromPlot(px: number, py: number, domain: [number, number], size: number): [number, number] {
  const [lo, hi] = domain;
  return [lo + (px / size) * (hi - lo), hi - (py / size) * (hi - lo)];
}

/**
 * Grid side for a decision map: the finest (up to maxSide) whose forward pass stays within `budget`
 * multiply-adds, so a wide network still redraws every frame; never coarser than minSide.
 */
export function gridSideFor(multiplyAdds: number, budget = 600_000, minSide = 32, maxSide = 80): number {
  const side = Math.floor(Math.sqrt(budget / Math.max(1, multiplyAdds)));
  return Math.max(minSide, Math.min(maxSide, side));
}
