import { describe, expect, it } from 'vitest';
import { thumbnailPixels } from '../../src/viz/thumbnail';

describe('thumbnailPixels', () => {
  it('draws each point as a 2 × 2 dot in its class colour on white', () => {
    // One class-1 point at the top-left corner, one class-0 point at the bottom-right.
    const px = thumbnailPixels([-6, 6, 6, -6], [1, 0], [-6, 6], 4, false);
    expect(Array.from(px.subarray(0, 4))).toEqual([33, 102, 172, 255]);
    expect(Array.from(px.subarray(5 * 4, 5 * 4 + 4))).toEqual([33, 102, 172, 255]);
    expect(Array.from(px.subarray(15 * 4, 15 * 4 + 4))).toEqual([179, 88, 6, 255]);
    expect(Array.from(px.subarray(2 * 4, 2 * 4 + 4))).toEqual([255, 255, 255, 255]);
  });
});
