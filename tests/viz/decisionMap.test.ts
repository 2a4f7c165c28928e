import { describe, expect, it } from 'vitest';
import { decisionMapPixels, fromPlot, gridInputs, gridSideFor, toPlot } from '../../src/viz/decisionMap';

const px = (a: Uint8ClampedArray, i: number) => Array.from(a.subarray(i * 4, i * 4 + 4));

describe('decisionMapPixels', () => {
  it('paints a signed output of 0 exactly neutral grey, −1 darkest orange and +1 darkest blue', () => {
    const out = decisionMapPixels([0, -1, 1, -5], 4, 1, 'signed', 1);
    expect(out).toBeInstanceOf(Uint8ClampedArray);
    expect(out.length).toBe(16);
    expect(px(out, 0)).toEqual([240, 240, 240, 255]);
    expect(px(out, 1)).toEqual([127, 59, 8, 255]);
    expect(px(out, 2)).toEqual([8, 48, 107, 255]);
    // Values beyond the scale clamp to its end.
    expect(px(out, 3)).toEqual(px(out, 1));
  });

  it('centres a sigmoid output on 0.5', () => {
    const out = decisionMapPixels([0.5, 0, 1], 3, 1, 'probability');
    expect(px(out, 0)).toEqual([240, 240, 240, 255]);
    expect(px(out, 1)).toEqual([127, 59, 8, 255]);
    expect(px(out, 2)).toEqual([8, 48, 107, 255]);
  });

  it('shows the predicted class of two softmax outputs by the sign of p₁ − p₀', () => {
    const out = decisionMapPixels([0.9, 0.1, 0.1, 0.9, 0.5, 0.5], 3, 2, 'classes');
    const [r0, , b0] = px(out, 0);
    const [r1, , b1] = px(out, 1);
    expect(r0).toBeGreaterThan(b0); // orange: class 0
    expect(b1).toBeGreaterThan(r1); // blue: class 1
    expect(px(out, 2)).toEqual([240, 240, 240, 255]);
  });

  it('keeps a tiny non-zero output off the neutral colour so its sign shows', () => {
    const out = decisionMapPixels([1e-9, -1e-9], 2, 1, 'regression', 5);
    expect(px(out, 0)).not.toEqual([240, 240, 240, 255]);
    expect(px(out, 1)).not.toEqual([240, 240, 240, 255]);
    expect(px(out, 0)[2]).toBeGreaterThan(px(out, 0)[0]);
  });

  it('paints many classes in distinct colours, lighter where unsure', () => {
    const out = decisionMapPixels([1, 0, 0, 0, 1, 0, 0.4, 0.3, 0.3], 3, 3, 'classes');
    expect(px(out, 0)).toEqual([179, 88, 6, 255]);
    expect(px(out, 1)).toEqual([33, 102, 172, 255]);
    expect(px(out, 2)[0]).toBeGreaterThan(179);
  });
});

describe('grid and plot coordinates', () => {
  it('puts the first grid point at the top left cell centre and the last at the bottom right', () => {
    const g = gridInputs(4, [-6, 6]);
    expect([g[0], g[1]]).toEqual([-4.5, 4.5]);
    expect([g[30], g[31]]).toEqual([4.5, -4.5]);
  });

  it('maps plot pixels back to the same input point', () => {
    const [x, y] = toPlot(1.5, -2, [-6, 6], 300);
    expect(fromPlot(x, y, [-6, 6], 300)).toEqual([1.5, -2]);
    expect(toPlot(-6, 6, [-6, 6], 300)).toEqual([0, 0]);
  });
});

describe('gridSideFor', () => {
  it('keeps the finest grid for a small network and coarsens a wide one, within bounds', () => {
    expect(gridSideFor(88)).toBe(80);
    expect(gridSideFor(8_400)).toBe(32);
    expect(gridSideFor(600)).toBe(32);
    expect(gridSideFor(150)).toBe(63);
  });
});
