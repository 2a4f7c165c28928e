import { interpolateLab, piecewise } from 'd3-interpolate';
import { rgb } from 'd3-color';

/**
 * The sign palette. Negative is orange, zero a neutral grey, positive blue: orange/blue stays distinct for
 * protanopia, deuteranopia and tritanopia (ColorBrewer's PuOr and RdBu ends), and lightness rises toward zero
 * on both sides, so |w| reads as darkness even in greyscale. Zero is always exactly NEUTRAL.
 */
export const NEGATIVE = '#b35806';
export const POSITIVE = '#2166ac';
export const NEUTRAL = '#f0f0f0';
const STOPS = [
  '#7f3b08',
  '#b35806',
  '#f1a340',
  '#fdd7a8',
  NEUTRAL,
  '#c6dbef',
  '#6baed6',
  '#2166ac',
  '#08306b',
];

const interp = piecewise(interpolateLab, STOPS);

/** Colour for t in [−1, 1] (clamped): −1 darkest orange, 0 neutral, +1 darkest blue. */
export function divergingColor(t: number): string {
  const c = Math.max(-1, Math.min(1, t));
  return c === 0 ? NEUTRAL : interp((c + 1) / 2);
}

/** The same scale as 256 RGBA entries, index 128 = zero, for fast pixel work. */
export function divergingLut(): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(257 * 4);
  for (let i = 0; i <= 256; i++) {
    const t = (i - 128) / 128;
    const c = rgb(divergingColor(t));
    lut[i * 4] = c.r;
    lut[i * 4 + 1] = c.g;
    lut[i * 4 + 2] = c.b;
    lut[i * 4 + 3] = 255;
  }
  return lut;
}

/** Index into divergingLut for value v on a symmetric scale [−max, max]; exact zero maps to 128. */
export function lutIndex(v: number, max: number): number {
  if (v === 0 || !(max > 0)) return 128;
  const t = Math.max(-1, Math.min(1, v / max));
  const i = Math.round(128 + t * 128);
  // Never let a non-zero value round onto the zero colour: a tiny weight still shows its sign.
  return i === 128 ? (v > 0 ? 129 : 127) : i;
}

/** Text that reads on a cell of this value: dark on light cells, white on dark ones. */
export function textColorOn(v: number, max: number): string {
  return Math.abs(v) / (max || 1) > 0.55 ? '#ffffff' : '#1a1a1a';
}

/** The sign as a glyph, so sign never depends on colour alone. */
export function signGlyph(v: number): '+' | '−' | '0' {
  return v > 0 ? '+' : v < 0 ? '−' : '0';
}
