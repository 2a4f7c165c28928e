import { describe, expect, it } from 'vitest';
import { History } from '../../src/history/timelineHistory';
import { pushDirections } from '../../src/viz/charts/arrows';
import { histogramStrip, stripPixels } from '../../src/viz/charts/histogramStrip';
import { nearestIndex, yDomain } from '../../src/viz/charts/lineChart';
import {
  flipRate,
  historyCsv,
  paramIndex,
  sampleIndices,
  seriesCsv,
  signFractions,
} from '../../src/viz/charts/series';

function history(): History {
  const h = new History([{ inputs: 2, units: 2 }]);
  const b = [Float64Array.of(0.5, -0.5)];
  const cp = (step: number) => ({ step, epoch: 0, cursor: 0, epochRngState: 0 });
  h.record([Float64Array.of(1, -1, 0, 2)], b, null, null, cp(0), 0.9);
  h.record([Float64Array.of(-1, -1, 0, 2)], b, null, null, cp(1), 0.8);
  h.record([Float64Array.of(1, 1, 0.1, -3)], b, null, null, cp(2), 0.7);
  h.mark(1, { kind: 'edit', label: 'paint' });
  return h;
}

describe('chart data', () => {
  it('samples at most max entries, evenly, always first and last', () => {
    expect([...sampleIndices(10, 4)]).toEqual([0, 3, 6, 9]);
    expect([...sampleIndices(3, 100)]).toEqual([0, 1, 2]);
    expect(sampleIndices(0, 5).length).toBe(0);
  });

  it('sign fractions of a layer add up to one', () => {
    const d = signFractions(history(), 0, sampleIndices(3, 3), ['o', 'g', 'b']);
    expect([...d.series[0].values]).toEqual([0.25, 0.5, 0.25]);
    expect([...d.series[1].values]).toEqual([0.25, 0.25, 0]);
    expect([...d.series[2].values]).toEqual([0.5, 0.25, 0.75]);
  });

  it('flip rate counts sign changes per step between sampled entries', () => {
    const h = history();
    expect([...flipRate(h, 0, sampleIndices(3, 3))]).toEqual([0, 1, 3]);
    expect([...flipRate(h, 0, Int32Array.of(0, 2))]).toEqual([0, 2]);
  });

  it('histogram strips use the same fixed bins for every step', () => {
    const h = history();
    const c = histogramStrip(h, 0, sampleIndices(3, 3), 4, -2, 2);
    // Column 0: values 1, −1, 0, 2 → bins [−2,−1) [−1,0) [0,1) [1,2]; row 0 is the top bin.
    const col = (k: number) => [0, 1, 2, 3].map((r) => c[r * 3 + k]);
    expect(col(0)).toEqual([2, 1, 1, 0]);
    expect(col(2)).toEqual([2, 1, 0, 1]);
    const px = stripPixels(c, 2);
    expect([...px.slice(0, 4)]).toEqual([31, 41, 55, 255]);
  });

  it('CSV of a chart and of the whole history', () => {
    const h = history();
    const csv = seriesCsv(signFractions(h, 0, sampleIndices(3, 3), ['o', 'g', 'b']));
    expect(csv.split('\n')[0]).toBe('step,negative,zero,positive');
    expect(csv.split('\n')[1]).toBe('0,0.25,0.25,0.5');
    const all = historyCsv(h).split('\n');
    expect(all[0]).toBe('step,loss,mark,w1_1_1,w1_1_2,w1_2_1,w1_2_2,b1_1,b1_2');
    expect(all[2]).toBe('1,0.8,edit: paint,-1,-1,0,2,0.5,-0.5');
    expect(paramIndex(h, 0, 1, 'bias')).toBe(5);
  });

  it('the push arrows point against the gradient', () => {
    expect([...pushDirections([0.5, -0.1, 0])]).toEqual([-1, 1, 0]);
  });

  it('y domain includes zero when asked; nearest index finds the closest step', () => {
    const d = {
      steps: Float64Array.of(0, 10, 20),
      series: [{ name: 'a', color: '', values: Float64Array.of(1, 2, 3) }],
    };
    expect(yDomain(d, true)[0]).toBeLessThanOrEqual(0);
    expect(nearestIndex(d.steps, 14)).toBe(1);
    expect(nearestIndex(d.steps, 16)).toBe(2);
  });
});
