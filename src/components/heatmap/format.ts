import { readNumber } from '../../format/number';

/** A signed number for reading: "+0.4123", "−1.0000", "0.0000"; tiny values in exponent form. */
export function signed(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === 0) return (0).toFixed(digits);
  const a = Math.abs(v);
  const body =
    a < Math.pow(10, -digits) || a >= 1e6 ? a.toExponential(2).replace('-', '−') : a.toFixed(digits);
  return `${v > 0 ? '+' : '−'}${body}`;
}

/**
 * What a person types as a weight: "0.5", "-1", "−1.2" (the minus the heatmap prints), "–1" (an en dash,
 * what some keyboards make of a minus), "+2", "1e-3". NaN when the one number reader refuses it.
 */
export function parseTyped(text: string): number {
  const r = readNumber(text.trim().replace(/^–/, '-'));
  return r.ok ? r.value : NaN;
}
