/**
 * Geometry of one layer's heatmap canvas: the weight matrix (cols = inputs, rows = units), a gap, then the
 * bias strip (one column). Pure, so hit testing and sizing are unit-tested without a canvas.
 */
export interface HeatmapLayout {
  rows: number;
  cols: number;
  cell: number;
  /** x where the bias strip starts. */
  biasX: number;
  width: number;
  height: number;
}

export const MAX_CELL = 30;
export const MIN_CELL = 2;

/** Gap between the matrix and the bias strip, in CSS pixels. */
export const biasGap = (cell: number) => Math.max(4, Math.round(cell / 3));

/**
 * The largest square cell (MIN_CELL…MAX_CELL px) that fits cols + bias into width and rows into maxHeight.
 * A layer too large even at MIN_CELL still gets MIN_CELL cells and scrolls: every weight stays pickable.
 */
export function fitCell(rows: number, cols: number, width: number, maxHeight: number): number {
  const byW = Math.floor((width - 6) / (cols + 1.34));
  const byH = Math.floor(maxHeight / Math.max(1, rows));
  return Math.max(MIN_CELL, Math.min(MAX_CELL, byW, byH));
}

export function layoutFor(rows: number, cols: number, cell: number): HeatmapLayout {
  const biasX = cols * cell + biasGap(cell);
  return { rows, cols, cell, biasX, width: biasX + cell, height: rows * cell };
}

/** The cell under a point (CSS pixels from the canvas's top-left), or null in the gap or outside. */
export function cellAt(L: HeatmapLayout, x: number, y: number): { row: number; col: number | 'bias' } | null {
  if (y < 0 || y >= L.height || x < 0) return null;
  const row = Math.floor(y / L.cell);
  if (x < L.cols * L.cell) return { row, col: Math.floor(x / L.cell) };
  if (x >= L.biasX && x < L.biasX + L.cell) return { row, col: 'bias' };
  return null;
}

/** Cells a drag passes through between two pointer samples, so fast strokes leave no gaps. */
export function cellsOnSegment(
  L: HeatmapLayout,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): { row: number; col: number | 'bias' }[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / Math.max(1, L.cell / 2)));
  const out: { row: number; col: number | 'bias' }[] = [];
  let last = '';
  for (let s = 0; s <= steps; s++) {
    const c = cellAt(L, x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps);
    if (!c) continue;
    const k = `${c.row}:${c.col}`;
    if (k !== last) out.push(c);
    last = k;
  }
  return out;
}

/** Moves a keyboard cursor; the bias strip is the column after the last input. */
export function moveCursor(
  rows: number,
  cols: number,
  cur: { row: number; col: number | 'bias' },
  key: string,
  hasBias: boolean,
): { row: number; col: number | 'bias' } {
  const lastCol = hasBias ? cols : cols - 1;
  let c = cur.col === 'bias' ? cols : cur.col;
  let r = cur.row;
  if (key === 'ArrowLeft') c -= 1;
  else if (key === 'ArrowRight') c += 1;
  else if (key === 'ArrowUp') r -= 1;
  else if (key === 'ArrowDown') r += 1;
  else if (key === 'Home') c = 0;
  else if (key === 'End') c = lastCol;
  else if (key === 'PageUp') r = 0;
  else if (key === 'PageDown') r = rows - 1;
  r = Math.max(0, Math.min(rows - 1, r));
  c = Math.max(0, Math.min(lastCol, c));
  return { row: r, col: c === cols ? 'bias' : c };
}
