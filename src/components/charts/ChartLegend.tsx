import { OVERFLOW_TEXT } from '../../viz/charts/lineChart';
import type { SeriesSet } from '../../viz/charts/series';
import './legend.css';

export interface LegendEntry {
  name: string;
  color: string;
  dash?: string;
  /** A value of this line went past the largest double: drawn dotted along the top edge. */
  over: boolean;
}

/** The legend of a chart: one entry per line when there are several, and any line that left the scale. */
export function legendOf(d: SeriesSet, over: string[]): LegendEntry[] {
  return d.series
    .filter((s) => d.series.length > 1 || over.includes(s.name))
    .map((s) => ({ name: s.name, color: s.color, dash: s.dash, over: over.includes(s.name) }));
}

/** Swatches drawn as the lines are (colour and dash), so a line is found without relying on colour alone. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  if (!entries.length) return null;
  return (
    <ul className="chart-legend small" aria-label="Legend">
      {entries.map((e) => (
        <li key={e.name}>
          <svg width="20" height="8" aria-hidden="true">
            <line x1="0" x2="20" y1="4" y2="4" stroke={e.color} strokeWidth="2" strokeDasharray={e.dash} />
          </svg>{' '}
          {e.name}
          {e.over ? ` ▲ ${OVERFLOW_TEXT} (off the scale)` : ''}
        </li>
      ))}
    </ul>
  );
}
