import { describe, expect, it } from 'vitest';
import {
  deadUnits,
  extent,
  hitDiagram,
  layoutDiagram,
  linkWidth,
  unitMapPixels,
  ZERO_HATCH,
} from '../../src/viz/diagram';

const px = (a: Uint8ClampedArray, i: number) => Array.from(a.subarray(i * 4, i * 4 + 3));

describe('unitMapPixels', () => {
  it('hatches exact zeros in two tones that differ from the neutral grey of small values', () => {
    const out = unitMapPixels([0, 0, 0, 0], 2, 1);
    expect(px(out, 0)).toEqual(ZERO_HATCH[0]);
    expect(px(out, 1)).toEqual(ZERO_HATCH[0]);
    expect(px(out, 3)).toEqual(ZERO_HATCH[1]);
    const stripes = unitMapPixels(new Float64Array(16), 4, 1);
    expect(px(stripes, 2)).toEqual(ZERO_HATCH[1]);
    expect(px(unitMapPixels([1e-6], 1, 1), 0)).not.toEqual([240, 240, 240]);
  });

  it('paints negative outputs orange and positive blue on the scale', () => {
    const out = unitMapPixels([-1, 1, 0.5, -0.5], 2, 1);
    expect(px(out, 0)).toEqual([127, 59, 8]);
    expect(px(out, 1)).toEqual([8, 48, 107]);
  });
});

describe('layout and hit testing', () => {
  const layout = layoutDiagram([2, 40, 1], 400, 300, { cap: 16, maxSize: 26, minSize: 10, pad: 8 });

  it('draws at most cap units of a wide layer and counts the rest', () => {
    expect(layout.columns.map((c) => c.length)).toEqual([2, 16, 1]);
    expect(layout.hidden).toEqual([0, 24, 0]);
    const last = layout.columns[1][15];
    expect(last.y + last.size).toBeLessThanOrEqual(300);
  });

  it('finds a unit under the pointer and the link nearest to it', () => {
    const b = layout.columns[1][3];
    expect(hitDiagram(layout, b.x + 2, b.y + 2)).toEqual({ kind: 'unit', layer: 0, unit: 3 });
    const a = layout.columns[0][1];
    const x0 = a.x + a.size,
      y0 = a.y + a.size / 2;
    const x1 = b.x,
      y1 = b.y + b.size / 2;
    // Near the receiving unit, where only links into that unit pass close by.
    const hit = hitDiagram(layout, x0 + 0.9 * (x1 - x0), y0 + 0.9 * (y1 - y0), 1);
    expect(hit).toEqual({ kind: 'link', layer: 0, row: 3, col: 1 });
    expect(hitDiagram(layout, 1, 1)).toBeNull();
  });

  it('makes links thicker with |w|, the same for either sign', () => {
    expect(linkWidth(0, 1)).toBe(0.5);
    expect(linkWidth(-1, 1)).toBe(5);
    expect(linkWidth(0.5, 1)).toBe(linkWidth(-0.5, 1));
  });
});

describe('dead units and ranges', () => {
  it('counts units that are exactly 0 on every point', () => {
    const units = [
      Float64Array.from([0, 0, 0]),
      Float64Array.from([0, 1e-12, 0]),
      Float64Array.from([-0, 0, 0]),
    ];
    expect(deadUnits(units, 3)).toEqual([0, 2]);
    expect(deadUnits(units, 0)).toEqual([]);
    expect(extent([3, -1, 2])).toEqual([-1, 3]);
  });
});
