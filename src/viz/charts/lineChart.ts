import { axisBottom, axisLeft } from 'd3-axis';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { SeriesSet } from './series';

export interface LineChartOptions {
  width: number;
  height: number;
  /** Fixed y domain; otherwise fitted to the data (with 0 included when zeroLine). */
  y?: [number, number];
  /** Draw y = 0 as a firm line: the sign boundary. */
  zeroLine?: boolean;
  yFormat?: string;
  /** Step to mark with a vertical rule (the step shown now). */
  cursorStep?: number | null;
  /** Axis and tick labels off (sparklines). */
  bare?: boolean;
}

export const MARGIN = { top: 6, right: 8, bottom: 20, left: 44 };

/** The y domain of a chart: fitted to every finite value, widened to include 0 if asked. */
export function yDomain(d: SeriesSet, includeZero: boolean): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (const s of d.series)
    for (const v of s.values)
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
  if (!Number.isFinite(lo)) return [-1, 1];
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/**
 * Draws lines of a series set into an <svg> (replacing what was there), d3 scales and axes, zero line and a
 * cursor rule. Returns the scales so the caller can map the pointer back to a step.
 */
export function drawLineChart(svgEl: SVGSVGElement, d: SeriesSet, o: LineChartOptions) {
  const m = o.bare ? { top: 2, right: 2, bottom: 2, left: 2 } : MARGIN;
  const x0 = d.steps.length ? d.steps[0] : 0;
  const x1 = d.steps.length ? d.steps[d.steps.length - 1] : 1;
  const x = scaleLinear()
    .domain([x0, x1 > x0 ? x1 : x0 + 1])
    .range([m.left, o.width - m.right]);
  const y = scaleLinear()
    .domain(o.y ?? yDomain(d, !!o.zeroLine))
    .range([o.height - m.bottom, m.top]);
  const svg = select(svgEl);
  svg.attr('width', o.width).attr('height', o.height).attr('viewBox', `0 0 ${o.width} ${o.height}`);
  svg.selectAll('*').remove();
  if (!o.bare) {
    svg
      .append('g')
      .attr('transform', `translate(0,${o.height - m.bottom})`)
      .call(
        axisBottom(x)
          // Steps are whole numbers: no "0.5" ticks on a short run.
          .tickValues(x.ticks(Math.max(2, Math.floor(o.width / 80))).filter(Number.isInteger))
          .tickFormat(format('~s')),
      );
    svg
      .append('g')
      .attr('transform', `translate(${m.left},0)`)
      .call(
        axisLeft(y)
          .ticks(Math.max(2, Math.floor(o.height / 30)))
          .tickFormat(format(o.yFormat ?? '~g')),
      );
  }
  const [ylo, yhi] = y.domain();
  if (o.zeroLine && ylo <= 0 && yhi >= 0) {
    svg
      .append('line')
      .attr('x1', m.left)
      .attr('x2', o.width - m.right)
      .attr('y1', y(0))
      .attr('y2', y(0))
      .attr('stroke', '#1a1a1a')
      .attr('stroke-width', 1);
  }
  const steps = d.steps;
  for (const s of d.series) {
    const path = line<number>()
      .defined((k) => Number.isFinite(s.values[k]))
      .x((k) => x(steps[k]))
      .y((k) => y(s.values[k]));
    svg
      .append('path')
      .attr('d', path(Array.from(steps, (_, k) => k)) ?? '')
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', 1.8)
      .attr('stroke-dasharray', s.dash ?? null)
      .append('title')
      .text(s.name);
  }
  if (o.cursorStep != null && o.cursorStep >= x0 && o.cursorStep <= x1) {
    svg
      .append('line')
      .attr('x1', x(o.cursorStep))
      .attr('x2', x(o.cursorStep))
      .attr('y1', m.top)
      .attr('y2', o.height - m.bottom)
      .attr('stroke', '#555')
      .attr('stroke-dasharray', '3 2');
  }
  return { x, y };
}

/** Index of the sample nearest to step s (steps ascending). */
export function nearestIndex(steps: Float64Array, s: number): number {
  let lo = 0,
    hi = steps.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] <= s) lo = mid;
    else hi = mid;
  }
  return Math.abs(steps[hi] - s) < Math.abs(steps[lo] - s) ? hi : lo;
}
