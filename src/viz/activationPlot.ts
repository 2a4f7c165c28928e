import { polyline } from './polyline';
import { scaleLinear } from 'd3-scale';
import { activate, derivative, type Activation } from '../engine';
import { formatNumber } from '../format/display';
import { NEGATIVE, POSITIVE } from './colors';

/** Samples of f(z) and f′(z) at n evenly spaced z in [−zMax, zMax]. Pure. */
export function activationCurves(
  kind: Activation,
  n = 81,
  zMax = 4,
): { z: Float64Array; f: Float64Array; df: Float64Array } {
  const z = new Float64Array(n),
    f = new Float64Array(n),
    df = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    z[i] = -zMax + (2 * zMax * i) / (n - 1);
    f[i] = activate(kind, z[i]);
    df[i] = derivative(kind, z[i]);
  }
  return { z, f, df };
}

/** f (solid blue) and f′ (dashed orange) on z ∈ [−4, 4], y ∈ [−1.5, 2.5], with the axes through 0. */
export function drawActivationPlot(
  ctx: CanvasRenderingContext2D,
  kind: Activation,
  w: number,
  h: number,
): void {
  const { z, f, df } = activationCurves(kind);
  const x = scaleLinear()
    .domain([-4, 4])
    .range([2, w - 2]);
  const y = scaleLinear()
    .domain([-1.5, 2.5])
    .range([h - 2, 2])
    .clamp(true);
  ctx.clearRect(0, 0, w, h);
  ctx.strokeStyle = '#c8c8c8';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(x(0) + 0.5, 0);
  ctx.lineTo(x(0) + 0.5, h);
  ctx.moveTo(0, y(0) + 0.5);
  ctx.lineTo(w, y(0) + 0.5);
  ctx.stroke();
  const draw = (vals: Float64Array, colour: string, dash: number[]) => {
    ctx.beginPath();
    polyline(
      ctx,
      Array.from(z, (_, i) => i),
      (i) => x(z[i]),
      (i) => y(vals[i]),
    );
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(dash);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  draw(df, NEGATIVE, [4, 3]);
  draw(f, POSITIVE, []);
  // Numbers on both axes, small enough for a thumbnail: z at the ends, 1 on the y axis.
  ctx.fillStyle = '#555';
  ctx.font = '9px system-ui, sans-serif';
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'left';
  ctx.fillText(formatNumber(-4), 1, y(0) - 1);
  ctx.textAlign = 'right';
  ctx.fillText(formatNumber(4), w - 1, y(0) - 1);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillText(formatNumber(1), x(0) - 2, y(1));
  ctx.beginPath();
  ctx.strokeStyle = '#8a8a8a';
  ctx.lineWidth = 1;
  ctx.moveTo(x(0) - 1, Math.round(y(1)) + 0.5);
  ctx.lineTo(x(0) + 3, Math.round(y(1)) + 0.5);
  ctx.stroke();
}
