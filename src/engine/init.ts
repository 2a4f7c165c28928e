import type { Rng } from './rng';

/** Weight initialisers, keyed by name. fanIn = inputs to the layer, fanOut = its units. */
export const INITIALISERS = [
  'zeros',
  'constant',
  'uniform',
  'normal',
  'xavier_uniform',
  'xavier_normal',
  'he_uniform',
  'he_normal',
  'lecun_normal',
] as const;
export type InitKind = (typeof INITIALISERS)[number];

export interface InitSpec {
  kind: InitKind;
  /** constant: the value; uniform: the half-width a of U(−a, a); normal: σ. Ignored by the others. */
  value?: number;
}

export const INIT_INFO: Record<InitKind, { label: string; param?: string; defaultValue?: number }> = {
  zeros: { label: 'Zeros' },
  constant: { label: 'Constant', param: 'value', defaultValue: 0.1 },
  uniform: { label: 'Uniform U(−a, a)', param: 'a', defaultValue: 0.5 },
  normal: { label: 'Normal N(0, σ²)', param: 'σ', defaultValue: 0.1 },
  xavier_uniform: { label: 'Xavier (Glorot) uniform' },
  xavier_normal: { label: 'Xavier (Glorot) normal' },
  he_uniform: { label: 'He uniform' },
  he_normal: { label: 'He normal' },
  lecun_normal: { label: 'LeCun normal' },
};

export function isInitKind(x: unknown): x is InitKind {
  return typeof x === 'string' && (INITIALISERS as readonly string[]).includes(x);
}

/** Fills w with the initialiser's draws, in row-major order, so a seed always gives the same weights. */
export function initWeights(w: Float64Array, fanIn: number, fanOut: number, spec: InitSpec, rng: Rng): void {
  const n = w.length;
  const uniform = (a: number) => {
    for (let i = 0; i < n; i++) w[i] = (2 * rng.next() - 1) * a;
  };
  const normal = (s: number) => {
    for (let i = 0; i < n; i++) w[i] = rng.normal() * s;
  };
  switch (spec.kind) {
    case 'zeros':
      w.fill(0);
      return;
    case 'constant':
      w.fill(spec.value ?? INIT_INFO.constant.defaultValue!);
      return;
    case 'uniform':
      return uniform(spec.value ?? INIT_INFO.uniform.defaultValue!);
    case 'normal':
      return normal(spec.value ?? INIT_INFO.normal.defaultValue!);
    case 'xavier_uniform':
      return uniform(Math.sqrt(6 / (fanIn + fanOut)));
    case 'xavier_normal':
      return normal(Math.sqrt(2 / (fanIn + fanOut)));
    case 'he_uniform':
      return uniform(Math.sqrt(6 / fanIn));
    case 'he_normal':
      return normal(Math.sqrt(2 / fanIn));
    case 'lecun_normal':
      return normal(Math.sqrt(1 / fanIn));
  }
}
