import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisFormatter, formatNumber, formatPercent, maxLength } from '../../src/format/display';

/** Length as a reader counts it: one per character shown (superscripts and × are one each). */
const width = (s: string) => [...s].length;

/** Reads a formatted number back: "−1.3×10¹¹⁴" → -1.3e114 (to check the text still says the value). */
function readBack(s: string): number {
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const t = s.replace('\u2212', '-').replace(/⁻/g, '-');
  const m = /^([+-]?[\d.]+)(?:×10([-⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(t);
  if (!m) throw new Error(`not a number: ${s}`);
  const exp = m[2] ? Number([...m[2]].map((c) => (c === '-' ? '-' : sup.indexOf(c))).join('')) : 0;
  return Number(`${m[1]}e${exp}`);
}

const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    1.7e308,
    -1.7e308,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    5e-324,
    -5e-324,
    2.2e-308,
    999999.7,
  ),
);

describe('formatNumber', () => {
  it('writes a diverged loss as 1.3×10¹¹⁴, not 1.3e+114', () => {
    expect(formatNumber(1.3e114)).toBe('1.3×10¹¹⁴');
    expect(formatNumber(-4.94e-324)).toBe('−4.94×10⁻³²⁴');
    expect(formatNumber(Number.MAX_VALUE)).toBe('1.8×10³⁰⁸');
  });

  it('keeps ordinary values in plain decimals with three significant digits', () => {
    expect(formatNumber(0.47312)).toBe('0.473');
    expect(formatNumber(-2.5)).toBe('−2.5');
    expect(formatNumber(123456)).toBe('123000');
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(0.000999)).toBe('9.99×10⁻⁴');
  });

  it('rounds before choosing the form, so 999,999.7 does not print seven digits', () => {
    expect(formatNumber(999999.7)).toBe('1×10⁶');
  });

  it('signs positive values only when asked, and never signs zero', () => {
    expect(formatNumber(0.25, { signed: true })).toBe('+0.25');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(0, { signed: true })).toBe('0');
    expect(formatNumber(-0, { signed: true })).toBe('0');
  });

  it('fixed decimals line up, and a value they would hide switches to ×10ⁿ', () => {
    expect(formatNumber(0.5, { fixed: 3, signed: true })).toBe('+0.500');
    expect(formatNumber(-0.00004, { fixed: 3 })).toBe('−4×10⁻⁵');
    expect(formatNumber(2.5e9, { fixed: 2 })).toBe('2.5×10⁹');
    expect(formatNumber(0, { fixed: 3, signed: true })).toBe('0.000');
  });

  it('says what is not a number: – for NaN, ∞ for infinities', () => {
    expect(formatNumber(NaN)).toBe('–');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });

  it('stays within maxLength characters for every finite double and every style (property)', () => {
    fc.assert(
      fc.property(
        anyDouble,
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        fc.boolean(),
        (v, digits, fixed, signed) => {
          const o = { digits, fixed, signed };
          expect(width(formatNumber(v, o))).toBeLessThanOrEqual(maxLength(o));
        },
      ),
      { numRuns: 3000 },
    );
    // The default style: twelve characters at most ("−4.94×10⁻³²⁴").
    expect(maxLength()).toBe(12);
  });

  it('the text reads back as the value to the precision asked for (property)', () => {
    fc.assert(
      fc.property(anyDouble, fc.integer({ min: 1, max: 6 }), (v, digits) => {
        const back = readBack(formatNumber(v, { digits }));
        expect(Math.sign(back) + 0).toBe(Math.sign(v) + 0); // + 0: −0 prints "0"
        if (v === 0) return;
        // Subnormals carry fewer digits than asked, and 1.8×10³⁰⁸ (MAX_VALUE rounded) is past the largest
        // double; in between, the error is within half a unit in the last digit shown.
        if (Math.abs(v) < 1e-300 || Math.abs(v) > 1e300) return;
        const rel = Math.abs(back - v) / Math.abs(v);
        expect(rel).toBeLessThanOrEqual(0.5 * 10 ** (1 - digits) * (1 + 1e-9));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatPercent', () => {
  it('writes accuracies as percentages with one decimal', () => {
    expect(formatPercent(0.9234)).toBe('92.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(NaN)).toBe('–%');
  });
});

describe('axisFormatter', () => {
  it('gives each tick the digits it needs, and neighbouring ticks never read alike', () => {
    const f = axisFormatter([1, 1.25, 1.5, 1.75]);
    expect([1, 1.25, 1.5, 1.75].map(f)).toEqual(['1', '1.25', '1.5', '1.75']);
    expect([100000, 100001].map(axisFormatter([100000, 100001]))).toEqual(['100000', '100001']);
    const huge = [0, 5e307, 1e308, 1.5e308];
    expect(huge.map(axisFormatter(huge))).toEqual(['0', '5×10³⁰⁷', '1×10³⁰⁸', '1.5×10³⁰⁸']);
  });

  it('ignores floating-point noise in d3 ticks (0.30000000000000004 reads 0.3)', () => {
    const t = [0.1, 0.2, 0.30000000000000004, 0.4];
    expect(t.map(axisFormatter(t))).toEqual(['0.1', '0.2', '0.3', '0.4']);
  });

  it('labels are distinct for evenly spaced ticks that differ within 15 digits (property)', () => {
    fc.assert(
      fc.property(anyDouble, anyDouble, fc.integer({ min: 2, max: 10 }), (a, b, n) => {
        const lo = Math.min(a, b) / 2;
        const hi = Math.max(a, b) / 2;
        const ticks = Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
        fc.pre((hi - lo) / (n - 1) > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-13);
        const distinct = new Set(ticks).size;
        const labels = ticks.map(axisFormatter(ticks, { signed: true }));
        for (const l of labels) expect(width(l)).toBeLessThanOrEqual(maxLength({ digits: 15 }));
        expect(new Set(labels).size).toBe(distinct);
      }),
      { numRuns: 2000 },
    );
  });
});
