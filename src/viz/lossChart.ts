import { polyline } from './polyline';
import { axisFormatter, formatNumber } from '../format/display';
import { finiteLinear } from './charts/finiteScale';

/** Train and test loss over steps (the store's decimated history). */
export interface LossSeries {
  steps: ArrayLike<number>;
  train: ArrayLike<number>;
  test: ArrayLike<number>;
}

export interface LossChartOptions {
  width: number;
  height: number;
  /** Most points drawn per series: about one per horizontal pixel is all a screen can show. */
  maxPoints?: number;
  /** The target test loss auto-stop plays towards, drawn as a labelled horizontal line; 0 or absent = none. */
  target?: number;
}

const MARGIN = { top: 8, right: 10, bottom: 20, left: 40 };
export const TRAIN_STYLE = { color: '#1a1a1a', dash: [] as number[], width: 2 };
export const TEST_STYLE = { color: '#6b6b6b', dash: [5, 3], width: 2 };
export const TARGET_STYLE = { color: '#0b6e4f', dash: [8, 3, 2, 3], width: 1.5 };

/** The target line's label: "target 0.05". */
export const targetLabel = (target: number): string => `target ${formatNumber(target)}`;

const hasTarget = (o: LossChartOptions): o is LossChartOptions & { target: number } =>
  o.target !== undefined && Number.isFinite(o.target) && o.target > 0;

/**
 * Indices of at most maxPoints points that keep the line's shape: the range is cut into buckets of equal
 * width and each bucket keeps its first point, its lowest and its highest (a spike never disappears), plus
 * the very last point. Non-finite values are skipped. Cost is linear in the input, whatever the length.
 */
export function decimateIndices(values: ArrayLike<number>, maxPoints: number): number[] {
  const n = values.length;
  const cap = Math.max(2, Math.floor(maxPoints));
  const finite: number[] = [];
  if (n <= cap) {
    for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) finite.push(i);
    return finite;
  }
  const buckets = Math.max(1, Math.floor((cap - 1) / 3));
  const size = n / buckets;
  const out: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor(b * size);
    const hi = Math.min(n, Math.floor((b + 1) * size));
    let first = -1,
      min = -1,
      max = -1;
    for (let i = lo; i < hi; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (first < 0) first = min = max = i;
      if (v < values[min]) min = i;
      if (v > values[max]) max = i;
    }
    if (first < 0) continue;
    for (const i of [...new Set([first, min, max])].sort((a, c) => a - c)) out.push(i);
  }
  const last = n - 1;
  if (Number.isFinite(values[last]) && out[out.length - 1] !== last) out.push(last);
  return out;
}

/** Largest finite value of the series (the top of the y axis); 1 before there is any loss to show. */
export function lossCeiling(s: LossSeries): number {
  let m = 0;
  for (const a of [s.train, s.test])
    for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]) && a[i] > m) m = a[i];
  return m > 0 ? m : 1;
}

/**
 * The scales of the chart: steps on x (from 0), loss on y from 0 to the largest loss seen, rounded up to a
 * round tick. Finite for any finite losses, even 1.7e308 (issue 14).
 */
export function lossScales(s: LossSeries, o: LossChartOptions, left = MARGIN.left) {
  const n = s.steps.length;
  const lastStep = n ? s.steps[n - 1] : 1;
  const x = finiteLinear(0, Math.max(1, lastStep), [left, o.width - MARGIN.right]);
  // A target above every loss so far still shows: the axis reaches up to it.
  const top = Math.max(lossCeiling(s), hasTarget(o) ? o.target : 0);
  const y = finiteLinear(0, top, [o.height - MARGIN.bottom, MARGIN.top], { nice: 4 });
  return { x, y };
}

/** Draws axes and the two lines (train solid, test dashed: the difference reads without colour). */
export function drawLossChart(ctx: CanvasRenderingContext2D, s: LossSeries, o: LossChartOptions): void {
  const { width: w, height: h } = o;
  ctx.clearRect(0, 0, w, h);
  ctx.font = '11px system-ui, sans-serif';
  // The y labels decide the left margin: a diverged loss (1.3×10¹¹⁴) is wider than 0.5, and is never cut off.
  const { y } = lossScales(s, o);
  const yTicks = y.scaledTicks(4);
  const yFormat = axisFormatter(yTicks.map(y.value));
  const yLabels = yTicks.map((t) => yFormat(y.value(t)));
  const left = Math.max(MARGIN.left, ...yLabels.map((l) => Math.ceil(ctx.measureText(l).width) + 8));
  const { x } = lossScales(s, o, left);
  ctx.fillStyle = '#555';
  ctx.strokeStyle = '#d4d4d4';
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  yTicks.forEach((t, i) => {
    const py = Math.round(y.scaled(t)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(left, py);
    ctx.lineTo(w - MARGIN.right, py);
    ctx.stroke();
    ctx.fillText(yLabels[i], left - 4, py);
  });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const xTicks = x.scaledTicks(4).filter((t) => Number.isInteger(x.value(t)));
  const xFormat = axisFormatter(xTicks.map(x.value));
  for (const t of xTicks) {
    const label = xFormat(x.value(t));
    // Centred on its tick, but kept inside the canvas (the last step's label sits at the right edge).
    const half = ctx.measureText(label).width / 2;
    ctx.fillText(label, Math.min(w - half, Math.max(half, x.scaled(t))), h - MARGIN.bottom + 4);
  }
  const maxPoints = o.maxPoints ?? Math.max(2, Math.round(w - left - MARGIN.right));
  const series: [ArrayLike<number>, typeof TRAIN_STYLE][] = [
    [s.test, TEST_STYLE],
    [s.train, TRAIN_STYLE],
  ];
  for (const [values, style] of series) {
    const idx = decimateIndices(values, maxPoints);
    if (!idx.length) continue;
    ctx.beginPath();
    polyline(
      ctx,
      idx,
      (i) => x.px(s.steps[i]),
      (i) => y.px(values[i]),
    );
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.width;
    ctx.setLineDash(style.dash);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  if (hasTarget(o)) drawTarget(ctx, y.px(o.target), left, o);
  // Where early stopping would have stopped: the step of the lowest test loss, once training has moved past it.
  const best = bestTestIndex(s);
  if (best >= 0 && best < s.steps.length - 1) {
    const px = Math.round(x.px(s.steps[best])) + 0.5;
    const py = y.px(s.test[best]);
    ctx.strokeStyle = '#7a4a00';
    ctx.setLineDash([2, 2]);
    ctx.beginPath();
    ctx.moveTo(px, MARGIN.top);
    ctx.lineTo(px, h - MARGIN.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#7a4a00';
    ctx.beginPath();
    ctx.arc(px, py, 3, 0, 2 * Math.PI);
    ctx.fill();
    ctx.textAlign = px > w / 2 ? 'right' : 'left';
    ctx.textBaseline = 'top';
    ctx.fillText('best test', px + (px > w / 2 ? -4 : 4), MARGIN.top);
  }
}

/** Index of the lowest finite test loss (−1 when there is none). */
export function bestTestIndex(s: LossSeries): number {
  let best = -1;
  for (let i = 0; i < s.test.length; i++)
    if (Number.isFinite(s.test[i]) && (best < 0 || s.test[i] < s.test[best])) best = i;
  return best;
}

/** The target loss as a horizontal line across the plot, labelled at its right end just above it. */
function drawTarget(
  ctx: CanvasRenderingContext2D,
  py: number,
  left: number,
  o: LossChartOptions & { target: number },
): void {
  const yy = Math.round(py) + 0.5;
  ctx.strokeStyle = TARGET_STYLE.color;
  ctx.lineWidth = TARGET_STYLE.width;
  ctx.setLineDash(TARGET_STYLE.dash);
  ctx.beginPath();
  ctx.moveTo(left, yy);
  ctx.lineTo(o.width - MARGIN.right, yy);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = TARGET_STYLE.color;
  ctx.textAlign = 'right';
  // Above the line, unless that would leave the plot at the top.
  ctx.textBaseline = yy - 14 < MARGIN.top ? 'top' : 'bottom';
  ctx.fillText(targetLabel(o.target), o.width - MARGIN.right - 2, yy + (yy - 14 < MARGIN.top ? 2 : -2));
}
