import { rgb } from 'd3-color';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divergingColor, divergingLut, lutIndex, NEUTRAL, signGlyph } from '../../src/viz/colors';

const hex = (c: string) => rgb(c).formatHex();

describe('the sign palette', () => {
  it('maps zero exactly to NEUTRAL, in the colour function and in the LUT', () => {
    expect(hex(divergingColor(0))).toBe(hex(NEUTRAL));
    expect(hex(divergingColor(-0))).toBe(hex(NEUTRAL));
    const lut = divergingLut();
    const n = rgb(NEUTRAL);
    expect([...lut.slice(128 * 4, 128 * 4 + 4)]).toEqual([n.r, n.g, n.b, 255]);
    expect(lutIndex(0, 1)).toBe(128);
  });

  it('never gives a tiny non-zero weight the zero colour', () => {
    expect(lutIndex(1e-12, 5)).toBe(129);
    expect(lutIndex(-1e-12, 5)).toBe(127);
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1e-3, max: 10, noNaN: true }),
        (v, m) => {
          if (v === 0) return true;
          return lutIndex(v, m) !== 128;
        },
      ),
    );
  });

  it('is symmetric: v and −v sit the same distance either side of zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (v) => {
        return lutIndex(v, 2) - 128 === 128 - lutIndex(-v, 2) || Object.is(v, -0) || v === 0;
      }),
    );
  });

  it('puts negative on the orange side (red > blue) and positive on the blue side (blue > red)', () => {
    const neg = rgb(divergingColor(-0.7));
    const pos = rgb(divergingColor(0.7));
    expect(neg.r).toBeGreaterThan(neg.b);
    expect(pos.b).toBeGreaterThan(pos.r);
  });

  it('clamps values beyond the range to the end colours', () => {
    expect(lutIndex(99, 1)).toBe(256);
    expect(lutIndex(-99, 1)).toBe(0);
  });

  it('writes the sign as a glyph so it never depends on colour', () => {
    expect([signGlyph(0.1), signGlyph(-0.1), signGlyph(0)]).toEqual(['+', '−', '0']);
  });
});
