/**
 * Where SGD will push each weight next: the opposite of the gradient's sign. Pure: one entry per cell,
 * +1 = up (gradient negative), −1 = down (gradient positive), 0 = no push.
 */
export function pushDirections(grad: ArrayLike<number>): Int8Array {
  const out = new Int8Array(grad.length);
  for (let i = 0; i < grad.length; i++) out[i] = grad[i] < 0 ? 1 : grad[i] > 0 ? -1 : 0;
  return out;
}

/** Draws ▲/▼ glyphs on cells (cells at least 8 px), dark on a light halo so they read on every colour. */
export function drawPushArrows(
  ctx: CanvasRenderingContext2D,
  dirs: Int8Array,
  cols: number,
  cellW: number,
  cellH: number,
): void {
  if (cellW < 8 || cellH < 8) return;
  const s = Math.min(cellW, cellH) * 0.32;
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#111111';
  for (let i = 0; i < dirs.length; i++) {
    const d = dirs[i];
    if (!d) continue;
    const cx = (i % cols) * cellW + cellW / 2;
    const cy = Math.floor(i / cols) * cellH + cellH / 2;
    ctx.beginPath();
    ctx.moveTo(cx, cy - d * s);
    ctx.lineTo(cx - s, cy + d * s * 0.7);
    ctx.lineTo(cx + s, cy + d * s * 0.7);
    ctx.closePath();
    ctx.stroke();
    ctx.fill();
  }
}
