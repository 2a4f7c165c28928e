import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History, STAT } from '../../src/history/timelineHistory';
import { histogramStrip, layerRange } from '../../src/viz/charts/histogramStrip';
import { finiteLinear } from '../../src/viz/charts/finiteScale';
import { drawLineChart } from '../../src/viz/charts/lineChart';
import { axisFormatter } from '../../src/format/display';
import { sampleIndices, statPerLayer } from '../../src/viz/charts/series';
import { drawLossChart, lossScales } from '../../src/viz/lossChart';

// Issue 14: a finite weight of 1.7e308 drove an axis to "NaN" ticks and translate(0,NaN). Every chart must
// place every mark at a finite pixel, and label every tick with a number, for ANY finite data.

const extremes = [1.7e308, -1.7e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 2.2e-308, 0];
const finite = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...extremes) },
  { weight: 1, arbitrary: fc.double({ min: -1e-300, max: 1e-300, noNaN: true }) },
);
/** Norms that overflowed (Σ|w| past MAX_VALUE) arrive as +Infinity; a refused step leaves NaN. */
const stored = fc.oneof(
  { weight: 8, arbitrary: finite },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, NaN) },
);

const NUMBER_ATTRS = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height'];

/** Every coordinate an <svg> carries: attributes, transforms and path data. */
function svgNumbers(svg: SVGSVGElement): string[] {
  const out: string[] = [];
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const a of NUMBER_ATTRS) if (el.hasAttribute(a)) out.push(el.getAttribute(a) ?? '');
    if (el.hasAttribute('transform')) out.push(el.getAttribute('transform') ?? '');
    if (el.hasAttribute('d')) out.push(el.getAttribute('d') ?? '');
  }
  return out;
}

const notFinite = /NaN|Infinity/;

function newSvg(): SVGSVGElement {
  return document.createElementNS('http://www.w3.org/2000/svg', 'svg');
}

describe('the finite scale under every chart (property)', () => {
  it('maps any value to a finite pixel inside the range, with distinct finite ticks inside the domain', () => {
    fc.assert(
      fc.property(finite, finite, stored, fc.boolean(), (a, b, v, nice) => {
        const s = finiteLinear(a, b, [120, 6], nice ? { nice: 4 } : {});
        const p = s.px(v);
        expect(p).toBeGreaterThanOrEqual(6);
        expect(p).toBeLessThanOrEqual(120);
        const ticks = s.scaledTicks(5).map(s.value);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const t of ticks) {
          expect(Number.isFinite(t)).toBe(true);
          expect(t).toBeGreaterThanOrEqual(s.domain[0]);
          expect(t).toBeLessThanOrEqual(s.domain[1]);
        }
        const labels = ticks.map(axisFormatter(ticks));
        expect(new Set(labels).size).toBe(ticks.length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('timeline line charts with any finite values (property)', () => {
  it('every coordinate is finite and every tick is a number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(stored, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (rows, zeroLine) => {
          const n = Math.min(...rows.map((r) => r.length));
          const d = {
            steps: Float64Array.from({ length: n }, (_, i) => i * 3),
            series: rows.map((r, l) => ({
              name: `layer ${l + 1}`,
              color: '#000',
              values: Float64Array.from(r.slice(0, n)),
            })),
          };
          const svg = newSvg();
          drawLineChart(svg, d, { width: 300, height: 150, zeroLine, cursorStep: 0 });
          for (const v of svgNumbers(svg)) expect(v).not.toMatch(notFinite);
          const ticks = [...svg.querySelectorAll('.tick text')].map((t) => t.textContent ?? '');
          expect(ticks.length).toBeGreaterThanOrEqual(4);
          for (const t of ticks) expect(t).not.toMatch(/NaN|Infinity|∞|^$/);
          // Neighbouring ticks of one axis never read alike.
          for (const axis of svg.querySelectorAll('g.axis')) {
            const labels = [...axis.querySelectorAll('.tick text')].map((t) => t.textContent);
            expect(new Set(labels).size).toBe(labels.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the L1 chart of a history holding a weight of 1.7e308 is drawn with finite ticks (issue 14)', () => {
    const h = new History([
      { inputs: 2, units: 3 },
      { inputs: 3, units: 1 },
    ]);
    const cp = { step: 0, epoch: 0, cursor: 0, epochRngState: 0 };
    const w = [
      Float64Array.of(0.2, 1.7011570135202096e308, -0.44, -0.83, 0.66, 0.66),
      Float64Array.of(0.9, 0.2, -1),
    ];
    const b = [new Float64Array(3), new Float64Array(1)];
    h.record(w, b, null, null, cp, 0.5);
    h.record(w, b, null, null, { ...cp, step: 1 }, 0.5);
    const svg = newSvg();
    drawLineChart(svg, statPerLayer(h, STAT.l1, sampleIndices(h.count, 240), ['#000', '#111'], 'L1'), {
      width: 300,
      height: 150,
    });
    for (const v of svgNumbers(svg)) expect(v).not.toMatch(notFinite);
    const ticks = [...svg.querySelectorAll('.tick text')].map((t) => t.textContent ?? '');
    for (const t of ticks) expect(t).not.toMatch(/NaN|Infinity/);
  });
});

/** A 2D context that records every number it is given and every text it writes (with its left and right edge). */
function recordingContext() {
  const numbers: number[] = [];
  const texts: { text: string; left: number; right: number }[] = [];
  const state: Record<string | symbol, unknown> = { textAlign: 'start' };
  // Wider than any real font's glyphs (7 px at 11 px), so "fits" here means fits on screen.
  const measure = (s: string) => [...s].length * 7;
  const ctx = new Proxy(state, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (s: string) => ({ width: measure(s) });
      return (...args: unknown[]) => {
        for (const a of args) if (typeof a === 'number') numbers.push(a);
        if (prop !== 'fillText') return;
        const [text, x] = [String(args[0]), Number(args[1])];
        const w = measure(text);
        const left = target.textAlign === 'right' ? x - w : target.textAlign === 'center' ? x - w / 2 : x;
        texts.push({ text, left, right: left + w });
      };
    },
    set(target, prop, v) {
      target[prop] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, numbers, texts };
}

describe('loss chart with any finite losses (property)', () => {
  it('every position it draws at is finite and every label is a number', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stored, stored), { minLength: 0, maxLength: 30 }), (pairs) => {
        const s = {
          steps: pairs.map((_, i) => i * 10),
          train: pairs.map((p) => Math.abs(p[0])),
          test: pairs.map((p) => Math.abs(p[1])),
        };
        const { x, y } = lossScales(s, { width: 300, height: 140 });
        for (const v of [...x.domain, ...y.domain]) expect(Number.isFinite(v)).toBe(true);
        const { ctx, numbers, texts } = recordingContext();
        drawLossChart(ctx, s, { width: 300, height: 140 });
        for (const v of numbers) expect(Number.isFinite(v)).toBe(true);
        for (const t of texts) {
          expect(t.text).not.toMatch(/NaN|Infinity|\de[+-]/);
          // Never cut off: every label lies inside the canvas.
          expect(t.left).toBeGreaterThanOrEqual(0);
          expect(t.right).toBeLessThanOrEqual(300);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('weight distribution strips with any finite weights (property)', () => {
  it('the value range is finite and every weight lands in a bin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(finite, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (entries) => {
          const h = new History([{ inputs: 2, units: 2 }], { budgetBytes: 1e5 });
          entries.forEach((e, i) =>
            h.record(
              [Float64Array.from(e)],
              [new Float64Array(2)],
              null,
              null,
              { step: i, epoch: 0, cursor: 0, epochRngState: 0 },
              0,
            ),
          );
          const idx = sampleIndices(h.count, 300);
          const r = layerRange(h, 0, idx);
          expect(Number.isFinite(r)).toBe(true);
          expect(r).toBeGreaterThan(0);
          const counts = histogramStrip(h, 0, idx, 41, -r, r);
          const cols = idx.length;
          for (let c = 0; c < cols; c++) {
            let sum = 0;
            for (let b = 0; b < 41; b++) sum += counts[b * cols + c];
            expect(sum).toBe(4);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
