import { axisBottom, axisLeft } from 'd3-axis';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { axisFormatter, formatNumber, formatPercent } from '../../format/display';
import { finiteLinear } from './finiteScale';
import type { SeriesSet } from './series';

export interface LineChartOptions {
  width: number;
  height: number;
  /** Fixed y domain; otherwise fitted to the data (with 0 included when zeroLine). */
  y?: [number, number];
  /** Draw y = 0 as a firm line: the sign boundary (and sign the y labels). */
  zeroLine?: boolean;
  /** Fractions shown as percentages on the y axis. */
  yPercent?: boolean;
  /** Step to mark with a vertical rule (the step shown now). */
  cursorStep?: number | null;
  /** Axis and tick labels off (sparklines). */
  bare?: boolean;
}

export const MARGIN = { top: 6, right: 8, bottom: 20, left: 44 };
/** Width of one character of the 10 px axis font, rounded up (digits are 5.6 px): labels decide the margin. */
const CHAR_PX = 6.2;
const MAX = Number.MAX_VALUE;

/**
 * The y domain of a chart: fitted to every finite value, widened to include 0 if asked, padded by 5%. The
 * padding is computed so it cannot overflow: the domain stays within ±MAX_VALUE.
 */
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
  const pad = hi * 0.05 - lo * 0.05;
  return [Math.max(-MAX, lo - pad), Math.min(MAX, hi + pad)];
}

/** Names of series with a value too large for a double (a norm whose sum overflowed): drawn at the top edge. */
export function overflowing(d: SeriesSet): string[] {
  return d.series.filter((s) => s.values.some((v) => v === Infinity || v === -Infinity)).map((s) => s.name);
}

/** What a value beyond the largest double reads as. */
export const OVERFLOW_TEXT = `> ${formatNumber(MAX)}`;

/**
 * Draws lines of a series set into an <svg> (replacing what was there), d3 scales and axes, zero line and a
 * cursor rule. Values of ±Infinity (an overflowed norm) are drawn dotted along the edge they went past, with a
 * note, rather than dropped. Returns the scales so the caller can map the pointer back to a step.
 */
export function drawLineChart(svgEl: SVGSVGElement, d: SeriesSet, o: LineChartOptions) {
  const m = o.bare ? { top: 2, right: 2, bottom: 2, left: 2 } : { ...MARGIN };
  const [ylo, yhi] = o.y ?? yDomain(d, !!o.zeroLine);
  const y = finiteLinear(ylo, yhi, [o.height - m.bottom, m.top]);
  const yTicks = y.scaledTicks(Math.max(2, Math.floor(o.height / 30)));
  const yFormat = o.yPercent
    ? (v: number) => formatPercent(v, 0)
    : axisFormatter(yTicks.map(y.value), { signed: o.zeroLine });
  const yLabels = yTicks.map((t) => yFormat(y.value(t)));
  // The widest y label sets the left margin, so "−1.5×10³⁰⁸" is never cut off at the edge of the chart.
  if (!o.bare)
    m.left = Math.max(m.left, Math.ceil(10 + CHAR_PX * Math.max(0, ...yLabels.map((l) => [...l].length))));
  const x0 = d.steps.length ? d.steps[0] : 0;
  const x1 = d.steps.length ? d.steps[d.steps.length - 1] : 1;
  const x = finiteLinear(x0, x1 > x0 ? x1 : x0 + 1, [m.left, o.width - m.right]);
  const svg = select(svgEl);
  svg.attr('width', o.width).attr('height', o.height).attr('viewBox', `0 0 ${o.width} ${o.height}`);
  svg.selectAll('*').remove();
  if (!o.bare) {
    // Steps are whole numbers: no "0.5" ticks on a short run.
    const xTicks = x
      .scaledTicks(Math.max(2, Math.floor(o.width / 80)))
      .filter((t) => Number.isInteger(x.value(t)));
    const xFormat = axisFormatter(xTicks.map(x.value));
    svg
      .append('g')
      .attr('class', 'axis axis-x')
      .attr('transform', `translate(0,${o.height - m.bottom})`)
      .call(
        axisBottom(x.scaled)
          .tickValues(xTicks)
          .tickFormat((t) => xFormat(x.value(+t))),
      )
      // A label centred on a tick near the edge would be cut in half: slide it inside the chart.
      .selectAll<SVGTextElement, number>('.tick text')
      .attr('x', (t, i, nodes) => {
        const half = (CHAR_PX * [...(nodes[i].textContent ?? '')].length) / 2;
        const at = x.scaled(t);
        return Math.min(0, o.width - 1 - (at + half)) + Math.max(0, half - at);
      });
    svg
      .append('g')
      .attr('class', 'axis axis-y')
      .attr('transform', `translate(${m.left},0)`)
      .call(
        axisLeft(y.scaled)
          .tickValues(yTicks)
          .tickFormat((_, i) => yLabels[i]),
      );
  }
  const [dlo, dhi] = y.domain;
  if (o.zeroLine && dlo <= 0 && dhi >= 0) {
    svg
      .append('line')
      .attr('x1', m.left)
      .attr('x2', o.width - m.right)
      .attr('y1', y.px(0))
      .attr('y2', y.px(0))
      .attr('stroke', '#1a1a1a')
      .attr('stroke-width', 1);
  }
  const steps = d.steps;
  const ks = Array.from(steps, (_, k) => k);
  for (const s of d.series) {
    const path = line<number>()
      .defined((k) => Number.isFinite(s.values[k]))
      .x((k) => x.px(steps[k]))
      .y((k) => y.px(s.values[k]));
    svg
      .append('path')
      .attr('d', path(ks) ?? '')
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', 1.8)
      .attr('stroke-dasharray', s.dash ?? null)
      .append('title')
      .text(s.name);
    if (s.values.some((v) => v === Infinity || v === -Infinity)) {
      // Off the scale: a dotted run along the edge (px clamps ±Infinity to the edge of the range).
      const off = line<number>()
        .defined((k) => s.values[k] === Infinity || s.values[k] === -Infinity)
        .x((k) => x.px(steps[k]))
        .y((k) => y.px(s.values[k]));
      svg
        .append('path')
        .attr('d', off(ks) ?? '')
        .attr('fill', 'none')
        .attr('stroke', s.color)
        .attr('stroke-width', 3)
        .attr('stroke-dasharray', '1 3')
        .append('title')
        .text(`${s.name} ${OVERFLOW_TEXT}`);
    }
  }
  if (!o.bare && overflowing(d).length)
    svg
      .append('text')
      .attr('class', 'overflow-note')
      .attr('x', o.width - m.right - 2)
      .attr('y', m.top + 9)
      .attr('text-anchor', 'end')
      .attr('font-size', 10)
      .attr('fill', '#1a1a1a')
      .text(`▲ ${OVERFLOW_TEXT}`);
  if (o.cursorStep != null && o.cursorStep >= x0 && o.cursorStep <= x1) {
    svg
      .append('line')
      .attr('x1', x.px(o.cursorStep))
      .attr('x2', x.px(o.cursorStep))
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
