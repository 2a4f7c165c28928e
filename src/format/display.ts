import { format as d3format } from 'd3-format';

/**
 * The one way Weightscope writes a number for people to read (axes, readouts, metric boxes, captions).
 * Every finite double comes out short: values from 0.001 to 999,999 in plain decimals, the rest as
 * "1.3×10¹¹⁴" — never "1.3e+114", never a string that grows with the exponent. d3-format does the rounding;
 * the minus is the typographic "−" (U+2212), so a sign never reads as a dash.
 */
export interface NumberStyle {
  /** Significant digits (default 3). Ignored when `fixed` is given. */
  digits?: number;
  /** Decimal places instead of significant digits, for columns that line up (tables, aligned readouts). */
  fixed?: number;
  /** Write "+" before positive values: where the sign is the point (weights, changes, gradients). */
  signed?: boolean;
}

/** Plain decimals are kept from here to just below LARGE; outside, the ×10ⁿ form keeps the width bounded. */
const SMALL = 1e-3;
const LARGE = 1e6;
const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  [MINUS]: '⁻',
};

/** The longest text formatNumber returns for a style: a bound that holds for every double. */
export function maxLength(o: NumberStyle = {}): number {
  // Scientific: sign, d digits, point, "×10", up to four exponent glyphs ("⁻³²⁴").
  const sci = 1 + (o.fixed === undefined ? digitsOf(o) : 3) + 1 + 3 + 4;
  // Fixed: sign, up to six integer digits, point, the decimals.
  const fixed = o.fixed === undefined ? 0 : 1 + 6 + 1 + o.fixed;
  return Math.max(sci, fixed);
}

/**
 * d3-format parses its specifier on every call to format(); the few specifiers used here are parsed once.
 * (A memo of a pure function: what it holds never changes what any call returns.)
 */
const formatters = new Map<string, (n: number) => string>();
function format(spec: string): (n: number) => string {
  let f = formatters.get(spec);
  if (!f) formatters.set(spec, (f = d3format(spec)));
  return f;
}

const digitsOf = (o: NumberStyle) => Math.min(17, Math.max(1, Math.round(o.digits ?? 3)));

/** a ≥ 0, finite, not 0: "1.3×10¹¹⁴" with d significant digits (trailing zeros dropped). */
function scientific(a: number, d: number): string {
  const [mantissa, exponent] = format(`.${d - 1}~e`)(a).split('e');
  const exp = String(Number(exponent)); // "+114" → "114", "-7" → "-7"
  return `${mantissa}×10${[...exp].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/**
 * A number to read: "0.473", "−2.5", "+0.41" (signed), "1.3×10¹¹⁴", "4.94×10⁻³²⁴"; "0" for zero (no sign:
 * zero is neither; "0.000" with fixed decimals); "∞" / "−∞" for infinities and "–" for NaN (not available).
 */
export function formatNumber(v: number, o: NumberStyle = {}): string {
  if (Number.isNaN(v)) return '–';
  const sign = v < 0 ? MINUS : v > 0 && o.signed ? '+' : '';
  if (!Number.isFinite(v)) return `${sign}∞`;
  const f = o.fixed === undefined ? -1 : Math.min(12, Math.max(0, Math.round(o.fixed)));
  // Zero is neither sign; in a column of fixed decimals it keeps them ("0.000"), so the column lines up.
  if (v === 0) return f < 0 ? '0' : format(`.${f}f`)(0);
  const a = Math.abs(v);
  if (f >= 0) {
    const s = format(`.${f}f`)(a);
    // Rounds to 0.000 or reaches a million: the decimals would hide the value or grow without bound.
    if (Number(s) === 0 || Number(s) >= LARGE) return sign + scientific(a, 3);
    return sign + s;
  }
  const d = digitsOf(o);
  // Round first, so 999,999.7 becomes 1×10⁶ rather than a seven-digit "1000000".
  const r = Number(format(`.${d - 1}e`)(a));
  const body = r >= LARGE || r < SMALL ? scientific(a, d) : format(`.${d}~r`)(r);
  return sign + body;
}

/** A fraction as a percentage: 0.123 → "12.3%". Outside 0…1000% it falls back to formatNumber. */
export function formatPercent(x: number, decimals = 1): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 10) return `${formatNumber(x * 100)}%`;
  return format(`.${Math.min(6, Math.max(0, decimals))}%`)(x);
}

/**
 * Labels for a set of axis ticks: each tick gets as many significant digits as its own value needs (0.25 keeps
 * its 5, 100,001 its 6), measured against the smallest gap between ticks, so neighbours never read alike.
 * All ticks share that count, so a column of labels looks alike. Between 1 and 15 digits.
 */
export function axisFormatter(ticks: readonly number[], o: { signed?: boolean } = {}): (v: number) => string {
  let gap = Infinity;
  for (let i = 1; i < ticks.length; i++) {
    const g = Math.abs(ticks[i] - ticks[i - 1]);
    if (g > 0 && g < gap) gap = g;
  }
  // d3's ticks are i·step in floating point (0.30000000000000004): a millionth of a step is noise, not a digit.
  const tolerance = Number.isFinite(gap) ? gap * 1e-6 : 0;
  let digits = 1;
  for (const t of ticks) {
    if (!Number.isFinite(t) || t === 0) continue;
    let d = digits;
    while (d < 15 && !(Math.abs(Number(format(`.${d - 1}e`)(t)) - t) <= tolerance)) d++;
    digits = d;
  }
  return (v) => formatNumber(v, { digits, signed: o.signed });
}
