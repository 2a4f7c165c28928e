import { formatNumber } from '../../format/display';
import { readNumber } from '../../format/number';

/** A signed number for reading: "+0.4123", "−1.0000", "0.0000"; tiny and huge values as "1.23×10⁻⁵". */
export function signed(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  return formatNumber(v, { signed: true, fixed: digits });
}

/**
 * What a person types as a weight: "0.5", "-1", "−1.2" (the minus the heatmap prints), "–1" (an en dash,
 * what some keyboards make of a minus), "+2", "1e-3". NaN when the one number reader refuses it.
 */
export function parseTyped(text: string): number {
  const r = readNumber(text.trim().replace(/^–/, '-'));
  return r.ok ? r.value : NaN;
}
