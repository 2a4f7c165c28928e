import type { Mlp } from '../engine';

/**
 * Everything a hand edit can change in a network: weights, biases and the pruned and frozen masks of every
 * layer, copied. Undo and redo put exactly these back, bit for bit.
 */
export interface ParamSnapshot {
  w: Float64Array[];
  b: Float64Array[];
  pruned: (Uint8Array | null)[];
  frozen: (Uint8Array | null)[];
}

export function snapshotParams(m: Mlp): ParamSnapshot {
  return {
    w: m.layers.map((l) => l.weights.slice()),
    b: m.layers.map((l) => l.biases.slice()),
    pruned: m.layers.map((l) => l.pruned?.slice() ?? null),
    frozen: m.layers.map((l) => l.frozen?.slice() ?? null),
  };
}

export function restoreParams(m: Mlp, s: ParamSnapshot): void {
  m.layers.forEach((l, i) => {
    l.weights.set(s.w[i]);
    l.biases.set(s.b[i]);
    l.pruned = s.pruned[i]?.slice() ?? null;
    l.frozen = s.frozen[i]?.slice() ?? null;
  });
}

function sameBits(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Whether two snapshots hold the same bits (−0 and 0 differ, as they do to the sign glyphs). */
export function sameParams(a: ParamSnapshot, b: ParamSnapshot): boolean {
  return a.w.every(
    (_, l) =>
      sameBits(a.w[l], b.w[l]) &&
      sameBits(a.b[l], b.b[l]) &&
      sameBits(a.pruned[l], b.pruned[l]) &&
      sameBits(a.frozen[l], b.frozen[l]),
  );
}
