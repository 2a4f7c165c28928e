/** A weight (col = input index) or a bias (col = 'bias') of one layer. */
export interface WeightRef {
  layer: number;
  row: number;
  col: number | 'bias';
}

export const sameRef = (a: WeightRef | null, b: WeightRef | null): boolean =>
  a === b || (!!a && !!b && a.layer === b.layer && a.row === b.row && a.col === b.col);

export const refLabel = (r: WeightRef): string =>
  r.col === 'bias'
    ? `layer ${r.layer + 1} unit ${r.row + 1} bias`
    : `layer ${r.layer + 1} unit ${r.row + 1} ← input ${r.col + 1}`;
