import { useRef, useState } from 'react';
import { useStore } from '../../store';
import type { History } from '../../history/timelineHistory';
import { formatNumber } from '../../format/display';
import {
  drawLineChart,
  nearestIndex,
  overflowing,
  OVERFLOW_TEXT,
  type LineChartOptions,
} from '../../viz/charts/lineChart';
import { seriesCsv, type SeriesSet } from '../../viz/charts/series';
import { ChartLegend, legendOf, type LegendEntry } from './ChartLegend';
import { downloadPng, downloadSvg, downloadText } from './download';
import { useTimelineRedraw } from './useTimelineRedraw';

export const CHART_POINTS = 240;

interface Props {
  title: string;
  file: string;
  data: (h: History) => SeriesSet;
  options?: Partial<LineChartOptions>;
  width?: number;
  height?: number;
  deps?: unknown[];
}

/** One line chart of the timeline: hover readout, CSV / PNG / SVG downloads. */
export function LineChartCard({ title, file, data, options, width = 300, height = 150, deps = [] }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const last = useRef<SeriesSet | null>(null);
  const scales = useRef<ReturnType<typeof drawLineChart> | null>(null);
  const [readout, setReadout] = useState('');
  const [legend, setLegend] = useState<LegendEntry[]>([]);
  useTimelineRedraw(svg, () => {
    const s = useStore.getState();
    const h = s.historyOf(s.branchId);
    if (!h || !svg.current) return;
    const d = data(h);
    last.current = d;
    // The legend follows the data's lines; setting an equal list again re-renders nothing.
    const next = legendOf(d, overflowing(d));
    setLegend((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    scales.current = drawLineChart(svg.current, d, {
      width,
      height,
      cursorStep: s.viewIndex === null ? null : s.step,
      ...options,
    });
  }, [width, height, ...deps]);
  const onMove = (e: React.PointerEvent<SVGSVGElement>) => {
    const d = last.current;
    const sc = scales.current;
    if (!d || !sc || !d.steps.length) return;
    const r = e.currentTarget.getBoundingClientRect();
    const k = nearestIndex(d.steps, sc.x.invert(e.clientX - r.left));
    setReadout(
      `step ${formatNumber(d.steps[k], { digits: 15 })}: ` +
        d.series.map((s) => `${s.name} ${formatV(s.values[k])}`).join(', '),
    );
  };
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <svg
        ref={svg}
        role="img"
        aria-label={title}
        onPointerMove={onMove}
        onPointerLeave={() => setReadout('')}
      />
      {!options?.bare && <ChartLegend entries={legend} />}
      <p className="chart-readout small" aria-live="off">
        {readout || '\u00a0'}
      </p>
      <div className="chart-actions">
        <button
          type="button"
          onClick={() => last.current && downloadText(`${file}.csv`, seriesCsv(last.current))}
        >
          CSV<span className="visually-hidden"> of {title}</span>
        </button>
        <button type="button" onClick={() => svg.current && downloadPng(`${file}.png`, svg.current, legend)}>
          PNG<span className="visually-hidden"> of {title}</span>
        </button>
        <button type="button" onClick={() => svg.current && downloadSvg(`${file}.svg`, svg.current, legend)}>
          SVG<span className="visually-hidden"> of {title}</span>
        </button>
      </div>
    </figure>
  );
}

/** A value in the hover readout: signed (these charts are about signs); an overflowed norm says so. */
export function formatV(v: number): string {
  if (v === Infinity) return OVERFLOW_TEXT;
  return formatNumber(v, { signed: true, digits: 4 });
}
