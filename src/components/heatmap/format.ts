import { formatNumber } from '../../format/display';

/** A signed number for reading: "+0.4123", "−1.0000", "0.0000"; tiny and huge values as "1.23×10⁻⁵". */
export function signed(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  return formatNumber(v, { signed: true, fixed: digits });
}

/** Parses what a person types: "0.5", "-1", "−1.2" (typographic minus), "+2", "1e-3". NaN when it is not a number. */
export function parseTyped(text: string): number {
  const t = text.trim().replace(/^[−–]/, '-');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}
