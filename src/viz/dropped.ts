/**
 * Dropout on a weight heatmap: a hidden unit dropped in a step passed nothing forward and got no error back
 * for the samples that dropped it, so its row (incoming weights) in its own layer's grid and its column
 * (outgoing weights) in the next layer's grid are hatched, more strongly the larger the share of the batch
 * that dropped it.
 */

/** The rows or columns to mark and how strongly (0 … 1, the share of the batch). Pure. */
export function droppedBands(fractions: ArrayLike<number>): { index: number; strength: number }[] {
  const out: { index: number; strength: number }[] = [];
  for (let i = 0; i < fractions.length; i++) {
    const f = fractions[i];
    if (f > 0) out.push({ index: i, strength: Math.min(1, f) });
  }
  return out;
}

/** Diagonal hatching over whole rows ('row') or columns ('col') of a rows × cols grid at (0, 0). */
export function drawDropped(
  ctx: CanvasRenderingContext2D,
  fractions: ArrayLike<number>,
  along: 'row' | 'col',
  rows: number,
  cols: number,
  cellW: number,
  cellH: number,
): void {
  const bands = droppedBands(fractions);
  if (!bands.length) return;
  ctx.save();
  for (const { index, strength } of bands) {
    const x = along === 'row' ? 0 : index * cellW;
    const y = along === 'row' ? index * cellH : 0;
    const w = along === 'row' ? cols * cellW : cellW;
    const h = along === 'row' ? cellH : rows * cellH;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    // Dim the band, then hatch it: readable on every cell colour and in greyscale.
    ctx.fillStyle = `rgba(255,255,255,${(0.55 * strength).toFixed(3)})`;
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = `rgba(40,40,40,${(0.35 + 0.5 * strength).toFixed(3)})`;
    ctx.lineWidth = 1;
    ctx.beginPath();
    const step = 5;
    for (let d = -h; d < w; d += step) {
      ctx.moveTo(x + d, y + h);
      ctx.lineTo(x + d + h, y);
    }
    ctx.stroke();
    ctx.restore();
  }
  ctx.restore();
}
