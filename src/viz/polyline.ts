/**
 * Adds a polyline through (x(i), y(i)) for each i of `indices` to the canvas path: what d3-shape's `line()` does
 * with its default (linear) curve, without loading d3-shape for the first screen's two small plots.
 */
export function polyline(
  ctx: CanvasRenderingContext2D,
  indices: ArrayLike<number>,
  x: (i: number) => number,
  y: (i: number) => number,
): void {
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (k === 0) ctx.moveTo(x(i), y(i));
    else ctx.lineTo(x(i), y(i));
  }
}
