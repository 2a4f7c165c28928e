import { signed } from '../../inspector/sentence';

/** A signed number: the sign as a glyph (+ / − / 0) and as colour (orange negative, blue positive). */
export function Num({ v, digits = 4 }: { v: number; digits?: number }) {
  const cls = v > 0 ? 'num-pos' : v < 0 ? 'num-neg' : 'num-zero';
  return <span className={`num ${cls}`}>{Number.isFinite(v) ? signed(v, digits) : String(v)}</span>;
}
