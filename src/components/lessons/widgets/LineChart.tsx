import { line } from 'd3-shape';
import { axisFormatter } from '../../../format/display';
import { finiteLinear } from '../../../viz/charts/finiteScale';
import { ChartLegend } from '../../charts/ChartLegend';

export interface Series {
  name: string;
  values: { x: number; y: number }[];
  color: string;
  dash?: string;
}

const W = 300;
const H = 160;
/** Width of a character of the 9 px tick font, rounded up: the widest y label sets the left margin. */
const CHAR_PX = 5.6;

/**
 * A small SVG line chart of a lesson: numbers on both axes (from the one display formatter), the axis names,
 * and a legend; dashes as well as colours tell the series apart.
 */
export function LineChart({
  series,
  xLabel,
  yLabel,
  title,
}: {
  series: Series[];
  xLabel: string;
  yLabel: string;
  title: string;
}) {
  const xs = series.flatMap((s) => s.values.map((v) => v.x)).filter(Number.isFinite);
  const ys = series.flatMap((s) => s.values.map((v) => v.y)).filter(Number.isFinite);
  const m = { l: 40, r: 12, t: 8, b: 40 };
  const y = finiteLinear(Math.min(...ys, 0), Math.max(...ys, 1e-9), [H - m.b, m.t], { nice: 4 });
  const yTicks = y.scaledTicks(4);
  const yFormat = axisFormatter(yTicks.map(y.value));
  const yTexts = yTicks.map((t) => yFormat(y.value(t)));
  m.l = Math.max(m.l, Math.ceil(22 + CHAR_PX * Math.max(0, ...yTexts.map((t) => [...t].length))));
  const x = finiteLinear(Math.min(...xs, 0), Math.max(...xs, 1), [m.l, W - m.r]);
  const xTicks = x.scaledTicks(4);
  const xFormat = axisFormatter(xTicks.map(x.value));
  const path = line<{ x: number; y: number }>()
    .defined((d) => Number.isFinite(d.x) && Number.isFinite(d.y))
    .x((d) => x.px(d.x))
    .y((d) => y.px(d.y));
  return (
    <figure className="line-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={title}>
        <line x1={m.l} x2={W - m.r} y1={H - m.b} y2={H - m.b} stroke="#999" />
        <line x1={m.l} x2={m.l} y1={m.t} y2={H - m.b} stroke="#999" />
        <g className="axis-y" fontSize="9" textAnchor="end">
          {yTicks.map((t, i) => (
            <text key={t} x={m.l - 4} y={y.scaled(t) + 3}>
              {yTexts[i]}
            </text>
          ))}
        </g>
        <g className="axis-x" fontSize="9" textAnchor="middle">
          {xTicks.map((t) => {
            const text = xFormat(x.value(t));
            const half = (CHAR_PX * [...text].length) / 2;
            // Centred on its tick, slid inside the chart at either edge.
            const at = Math.min(W - 1 - half, Math.max(half, x.scaled(t)));
            return (
              <g key={t}>
                <line x1={x.scaled(t)} x2={x.scaled(t)} y1={H - m.b} y2={H - m.b + 4} stroke="#999" />
                <text x={at} y={H - m.b + 14}>
                  {text}
                </text>
              </g>
            );
          })}
        </g>
        <text x={(W + m.l) / 2} y={H - 6} fontSize="10" textAnchor="middle">
          {xLabel}
        </text>
        <text
          x={10}
          y={(H - m.b) / 2}
          fontSize="10"
          textAnchor="middle"
          transform={`rotate(-90 10 ${(H - m.b) / 2})`}
        >
          {yLabel}
        </text>
        {series.map((s) => (
          <path
            key={s.name}
            d={path(s.values) ?? ''}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
          />
        ))}
      </svg>
      <figcaption>
        <ChartLegend
          entries={series.map((s) => ({ name: s.name, color: s.color, dash: s.dash, over: false }))}
        />
      </figcaption>
    </figure>
  );
}
