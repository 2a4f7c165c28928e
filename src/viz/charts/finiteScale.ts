import { scaleLinear, type ScaleLinear } from 'd3-scale';

const MAX = Number.MAX_VALUE;

/**
 * A linear scale whose positions and ticks are finite for every finite domain.
 *
 * d3 maps v to (v − lo) / (hi − lo): when the domain is wider than Number.MAX_VALUE (a weight of ±1.7e308
 * makes it so) that difference overflows to Infinity and positions become NaN — the NaN tick of issue 14.
 * When the domain is narrower than ~1e-300, d3's tick step 10^−power overflows instead. So the d3 scale here
 * works on values multiplied by a power of ten `k` that brings the width near 1, and ticks are read back as
 * t / k. For ordinary domains k = 1 and nothing changes.
 */
export interface FiniteScale {
  /** The d3 scale on scaled units (v · k): give it to d3-axis, and label its ticks with `value`. */
  readonly scaled: ScaleLinear<number, number>;
  readonly k: number;
  /** The domain in true units (finite, lo < hi). */
  readonly domain: [number, number];
  /** Pixel of a value; values beyond the domain, ±Infinity included, stop at the edge of the range. */
  px(v: number): number;
  /** The value at a pixel. */
  invert(px: number): number;
  /** Tick values in scaled units (for d3-axis). */
  scaledTicks(count: number): number[];
  /** A scaled tick's true value. */
  value(scaledTick: number): number;
}

/** Widths outside [1e-100, 1e100] are rescaled; inside, d3 is exact and left alone. */
const COMFORT = 100;

/**
 * Narrower domains are widened about their middle: below a millionth of their magnitude, ticks would need more
 * digits than an axis has room for; below 1e-300, doubles cannot even tell the ticks apart.
 */
const MIN_RELATIVE = 1e-6;
const MIN_WIDTH = 1e-300;

/** A finite, increasing version of any domain: NaN or infinite ends become ±MAX_VALUE, too-narrow ones widen. */
export function finiteDomain(lo: number, hi: number): [number, number] {
  const clamp = (v: number, fallback: number) =>
    Number.isNaN(v) ? fallback : Math.max(-MAX, Math.min(MAX, v));
  let a = clamp(lo, 0);
  let b = clamp(hi, 1);
  if (a > b) [a, b] = [b, a];
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  const least = Math.max(MIN_WIDTH, magnitude * MIN_RELATIVE);
  // Halves, so that neither the width nor the middle can overflow.
  if (b / 2 - a / 2 < least / 2) {
    const mid = a / 2 + b / 2;
    // A flat line (a = b) gets a unit either side when that is wide enough, as charts always did.
    const half = a === b ? Math.max(1, least / 2) : least / 2;
    a = Math.max(-MAX, mid - half);
    b = Math.min(MAX, mid + half);
  }
  return [a, b];
}

/**
 * The scale of [lo, hi] onto [r0, r1]. `nice` rounds the domain outwards to round ticks (as d3's nice does),
 * but never beyond ±MAX_VALUE, so every tick is a finite number.
 */
export function finiteLinear(
  lo: number,
  hi: number,
  range: [number, number],
  o: { nice?: number } = {},
): FiniteScale {
  const [a, b] = finiteDomain(lo, hi);
  // Half the width cannot overflow; its decimal exponent says how far the width is from 1.
  const e = Math.floor(Math.log10(b / 2 - a / 2));
  const k = Math.abs(e) > COMFORT ? 10 ** -Math.max(-307, Math.min(307, e)) : 1;
  const scaled = scaleLinear()
    .domain([a * k, b * k])
    .range(range);
  if (o.nice !== undefined) {
    scaled.nice(o.nice);
    const [n0, n1] = scaled.domain();
    scaled.domain([Math.max(n0, -MAX * k), Math.min(n1, MAX * k)]);
  }
  const [s0, s1] = scaled.domain();
  const domain: [number, number] = [s0 / k, s1 / k];
  const px = (v: number) => {
    const t = Number.isNaN(v) ? s0 : Math.max(s0, Math.min(s1, v * k));
    return scaled(t);
  };
  return {
    scaled,
    k,
    domain,
    px,
    invert: (p) => scaled.invert(p) / k,
    scaledTicks: (count) => scaled.ticks(count).filter((t) => Number.isFinite(t / k)),
    value: (t) => t / k,
  };
}
