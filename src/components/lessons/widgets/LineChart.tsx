import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  name: string;
  values: { x: number; y: number }[];
  color: string;
  dash?: string;
}

/** A small SVG line chart with a legend; dashes as well as colours tell the series apart. */
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
  const W = 300;
  const H = 150;
  const m = { l: 40, r: 8, t: 8, b: 28 };
  const xs = series.flatMap((s) => s.values.map((v) => v.x));
  const ys = series.flatMap((s) => s.values.map((v) => v.y)).filter(Number.isFinite);
  const x = scaleLinear()
    .domain([Math.min(...xs, 0), Math.max(...xs, 1)])
    .range([m.l, W - m.r]);
  const y = scaleLinear()
    .domain([Math.min(...ys, 0), Math.max(...ys, 1e-9)])
    .nice()
    .range([H - m.b, m.t]);
  const path = line<{ x: number; y: number }>()
    .defined((d) => Number.isFinite(d.y))
    .x((d) => x(d.x))
    .y((d) => y(d.y));
  return (
    <figure className="line-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={title}>
        <line x1={m.l} x2={W - m.r} y1={H - m.b} y2={H - m.b} stroke="#999" />
        <line x1={m.l} x2={m.l} y1={m.t} y2={H - m.b} stroke="#999" />
        {y.ticks(4).map((t) => (
          <text key={t} x={m.l - 4} y={y(t) + 3} fontSize="9" textAnchor="end">
            {t}
          </text>
        ))}
        <text x={(W + m.l) / 2} y={H - 4} fontSize="10" textAnchor="middle">
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
      <figcaption className="row">
        {series.map((s) => (
          <span key={s.name}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
            </svg>{' '}
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
