import { formatNumber } from '../format/display';
import { divergingColor } from './colors';

/** Ticks for a symmetric scale: −max, −max/2, 0, +max/2, +max. */
export function legendTicks(max: number): number[] {
  return [-max, -max / 2, 0, max / 2, max];
}

/** A tick's label: a sign glyph and a short number ("−1.5", "0", "+0.25", "+1.8×10³⁰⁸"). */
export function formatTick(v: number): string {
  return formatNumber(v, { signed: true });
}

/** CSS linear-gradient of the palette from −max (left) to +max (right), with the zero stop exact. */
export function legendGradient(stops = 16): string {
  const parts: string[] = [];
  for (let i = 0; i <= stops; i++) {
    const t = (i / stops) * 2 - 1;
    parts.push(`${divergingColor(t)} ${((i / stops) * 100).toFixed(2)}%`);
  }
  return `linear-gradient(to right, ${parts.join(', ')})`;
}
