import type { History } from '../../history/timelineHistory';

export interface StripMark {
  /** Entry index. */
  index: number;
  kind: 'edit' | 'setting' | 'fork';
  label: string;
}

/** The marked entries of a history (edits, setting changes), in order. */
export function marksOf(h: History): StripMark[] {
  const out: StripMark[] = [];
  for (let i = 0; i < h.count; i++) {
    const m = h.markOf(i);
    if (m) out.push({ index: i, kind: m.kind, label: m.label });
  }
  return out;
}

/** The entries (0..end) that hold a thinned stretch of the run, or null when every step is kept. */
export function thinnedEntries(h: History): { end: number; every: number } | null {
  if (h.thinnedTo < 0 || h.spacing <= 1) return null;
  return { end: h.indexAtStep(h.thinnedTo), every: h.spacing };
}

/**
 * Draws the strip under the scrubber: a hatched band where steps are thinned, ticks for edits (orange-free
 * dark triangles) and setting changes (bars), and the pinned entry. x = entry index over the width.
 */
export function drawTimelineStrip(
  ctx: CanvasRenderingContext2D,
  h: History,
  width: number,
  height: number,
  pinnedIndex: number | null,
): void {
  ctx.clearRect(0, 0, width, height);
  const n = Math.max(1, h.count - 1);
  const x = (i: number) => 8 + (i / n) * (width - 16);
  const thin = thinnedEntries(h);
  if (thin) {
    ctx.fillStyle = '#e6e6e6';
    ctx.fillRect(x(0), 0, x(thin.end) - x(0), height);
    ctx.strokeStyle = '#9a9a9a';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let px = x(0); px < x(thin.end); px += 6) {
      ctx.moveTo(px, height);
      ctx.lineTo(px + height, 0);
    }
    ctx.stroke();
  }
  for (const m of marksOf(h)) {
    const px = Math.round(x(m.index)) + 0.5;
    ctx.fillStyle = '#1a1a1a';
    if (m.kind === 'edit') {
      ctx.beginPath();
      ctx.moveTo(px, 2);
      ctx.lineTo(px - 4, height - 2);
      ctx.lineTo(px + 4, height - 2);
      ctx.closePath();
      ctx.fill();
    } else {
      ctx.fillRect(px - 1, 1, 2, height - 2);
    }
  }
  if (pinnedIndex != null) {
    ctx.strokeStyle = '#1f5fa8';
    ctx.lineWidth = 2;
    ctx.strokeRect(x(pinnedIndex) - 3, 1, 6, height - 2);
  }
}
