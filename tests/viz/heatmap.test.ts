import { describe, expect, it } from 'vitest';
import { divergingLut, lutIndex } from '../../src/viz/colors';
import { heatmapPixels, maxAbs } from '../../src/viz/heatmap';

const LUT = divergingLut();
const colourAt = (i: number) => [LUT[i * 4], LUT[i * 4 + 1], LUT[i * 4 + 2], 255];

describe('heatmapPixels', () => {
  it('writes one RGBA pixel per cell, row-major, byte by byte for a 2 × 2 matrix', () => {
    // [[−1, 0], [0.5, 1e-9]] on the scale [−1, 1]
    const px = heatmapPixels([-1, 0, 0.5, 1e-9], 2, 2, 1);
    expect(px).toHaveLength(16);
    expect([...px]).toEqual([...colourAt(0), ...colourAt(128), ...colourAt(192), ...colourAt(129)]);
  });

  it('agrees with lutIndex for every value', () => {
    const vals = [-2, -1.5, -0.3, -1e-7, 0, 1e-7, 0.01, 0.49, 1.2, 7];
    const px = heatmapPixels(vals, 1, vals.length, 1.5);
    vals.forEach((v, i) => expect([...px.slice(i * 4, i * 4 + 4)]).toEqual(colourAt(lutIndex(v, 1.5))));
  });

  it('reuses the buffer it is given (no allocation per redraw)', () => {
    const out = new Uint8ClampedArray(4 * 4);
    expect(heatmapPixels([1, 2, 3, 4], 2, 2, 4, out)).toBe(out);
  });

  it('draws NaN as neutral on a real scale, and ±Infinity as the ends of the palette', () => {
    const px = heatmapPixels([NaN, Infinity, -Infinity, 1], 1, 4, 2);
    expect([...px]).toEqual([...colourAt(128), ...colourAt(256), ...colourAt(0), ...colourAt(192)]);
  });

  it('draws every value as neutral when the scale is zero (an all-zero matrix)', () => {
    const px = heatmapPixels([NaN, 3, -3], 1, 3, 0);
    expect([...px]).toEqual([...colourAt(128), ...colourAt(128), ...colourAt(128)]);
  });

  it('maxAbs finds the largest magnitude across arrays', () => {
    expect(maxAbs([[0.1, -3], [2]])).toBe(3);
    expect(maxAbs([[]], 0.5)).toBe(0.5);
  });
});
