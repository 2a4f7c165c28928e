import { divergingLut, lutIndex } from './colors';

let LUT: Uint8ClampedArray | null = null;
const lut = () => (LUT ??= divergingLut());

/** The two tones of the hatch that marks outputs that are exactly 0 (a ReLU that is off). */
export const ZERO_HATCH: [number, number, number][] = [
  [255, 255, 255],
  [150, 150, 150],
];

/**
 * A unit's outputs over a side × side grid as RGBA bytes on the diverging scale [−max, max]. Outputs that are
 * exactly 0 get a two-tone hatch instead of the neutral grey, so "off" differs from "small". Pure.
 */
export function unitMapPixels(values: ArrayLike<number>, side: number, max: number): Uint8ClampedArray {
  const px = new Uint8ClampedArray(side * side * 4);
  const L = lut();
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      const i = r * side + c;
      const v = values[i];
      const o = i * 4;
      if (v === 0) {
        const t = ZERO_HATCH[(r + c) % 4 < 2 ? 0 : 1];
        px[o] = t[0];
        px[o + 1] = t[1];
        px[o + 2] = t[2];
      } else {
        const k = lutIndex(v, max) * 4;
        px[o] = L[k];
        px[o + 1] = L[k + 1];
        px[o + 2] = L[k + 2];
      }
      px[o + 3] = 255;
    }
  return px;
}

export interface UnitBox {
  /** Layer index in the network (−1 = the input column). */
  layer: number;
  unit: number;
  x: number;
  y: number;
  size: number;
}

export interface DiagramLayout {
  columns: UnitBox[][];
  /** Units per column that are not drawn (wide layers are capped). */
  hidden: number[];
  width: number;
  height: number;
}

/**
 * Places the input column and one column per layer across width × height. At most `cap` units of a column are
 * drawn (the first ones); squares shrink to fit the tallest column but not below minSize. `labelWidth` keeps
 * that much room left of the input column for its labels.
 */
export function layoutDiagram(
  columnSizes: number[],
  width: number,
  height: number,
  opts: { cap: number; maxSize: number; minSize: number; pad: number; labelWidth?: number },
): DiagramLayout {
  // Room on the left for the input column's labels, written beside their squares (words do not fit inside).
  const left = opts.pad + (opts.labelWidth ?? 0);
  const drawn = columnSizes.map((n) => Math.min(n, opts.cap));
  const tallest = Math.max(1, ...drawn);
  const gap = 4;
  const size = Math.max(
    opts.minSize,
    Math.min(opts.maxSize, Math.floor((height - 2 * opts.pad) / tallest) - gap),
  );
  const colW = columnSizes.length > 1 ? (width - left - opts.pad - size) / (columnSizes.length - 1) : 0;
  const columns = drawn.map((n, ci) => {
    const total = n * size + (n - 1) * gap;
    const top = (height - total) / 2;
    return Array.from({ length: n }, (_, u) => ({
      layer: ci - 1,
      unit: u,
      x: left + ci * colW,
      y: top + u * (size + gap),
      size,
    }));
  });
  return { columns, hidden: columnSizes.map((n, i) => n - drawn[i]), width, height };
}

/** Line width of a link for weight w when the largest |w| is max: 0.5 … 5 px, growing with |w|. */
export function linkWidth(w: number, max: number): number {
  if (!(max > 0)) return 0.5;
  return 0.5 + 4.5 * Math.min(1, Math.abs(w) / max);
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax,
    dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export type DiagramHit =
  | { kind: 'unit'; layer: number; unit: number }
  | { kind: 'link'; layer: number; row: number; col: number }
  | null;

/**
 * What is under the pointer: a unit square first, else the nearest link within `tolerance` px. Links run from
 * the right edge of a unit in column c to the left edge of a unit in column c + 1. Links into layer 0 are
 * skipped when skipFirst (image inputs have no drawn input units).
 */
export function hitDiagram(
  layout: DiagramLayout,
  x: number,
  y: number,
  tolerance = 4,
  skipFirst = false,
): DiagramHit {
  for (const col of layout.columns)
    for (const b of col)
      if (b.layer >= 0 && x >= b.x && x <= b.x + b.size && y >= b.y && y <= b.y + b.size)
        return { kind: 'unit', layer: b.layer, unit: b.unit };
  let best: DiagramHit = null;
  let bestD = tolerance;
  for (let c = skipFirst ? 1 : 0; c + 1 < layout.columns.length; c++) {
    const from = layout.columns[c];
    const to = layout.columns[c + 1];
    if (!from.length || !to.length) continue;
    const x0 = from[0].x + from[0].size;
    const x1 = to[0].x;
    if (x < x0 - tolerance || x > x1 + tolerance) continue;
    for (const a of from)
      for (const b of to) {
        const d = segmentDistance(x, y, x0, a.y + a.size / 2, x1, b.y + b.size / 2);
        if (d < bestD) {
          bestD = d;
          best = { kind: 'link', layer: c, row: b.unit, col: a.unit };
        }
      }
  }
  return best;
}

/** Min and max of an array (0, 0 when empty). */
export function extent(v: ArrayLike<number>): [number, number] {
  if (!v.length) return [0, 0];
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < v.length; i++) {
    if (v[i] < lo) lo = v[i];
    if (v[i] > hi) hi = v[i];
  }
  return [lo, hi];
}

/** Units of a layer that output exactly 0 on every one of n points (units[u] holds unit u's outputs). */
export function deadUnits(units: Float64Array[], n: number): number[] {
  const dead: number[] = [];
  if (n === 0) return dead;
  units.forEach((a, u) => {
    for (let i = 0; i < n; i++) if (a[i] !== 0) return;
    dead.push(u);
  });
  return dead;
}
