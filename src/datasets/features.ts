import { detmath } from '../engine';
import type { Dataset } from './types';

/**
 * Input features of a point (x₁, x₂) of a 2D set, as TensorFlow Playground offers them: the network's first
 * layer sees the chosen ones instead of the raw coordinates. A circle is one line in (x₁², x₂²); a spiral
 * is easier with sin x₁ and sin x₂. The sine is the engine's own (bit-exact in every browser and in Node).
 */
export const INPUT_FEATURES = [
  { id: 'x1', label: 'x₁', of: (a: number) => a },
  { id: 'x2', label: 'x₂', of: (_a: number, b: number) => b },
  { id: 'x1sq', label: 'x₁²', of: (a: number) => a * a },
  { id: 'x2sq', label: 'x₂²', of: (_a: number, b: number) => b * b },
  { id: 'x1x2', label: 'x₁x₂', of: (a: number, b: number) => a * b },
  { id: 'sinx1', label: 'sin x₁', of: (a: number) => detmath.sin(a) },
  { id: 'sinx2', label: 'sin x₂', of: (_a: number, b: number) => detmath.sin(b) },
] as const;

export type FeatureId = (typeof INPUT_FEATURES)[number]['id'];

export const FEATURE_IDS: readonly FeatureId[] = INPUT_FEATURES.map((f) => f.id);

/** The raw coordinates: what every link and model file without a feature list means. */
export const DEFAULT_FEATURES: readonly FeatureId[] = ['x1', 'x2'];

export const isFeatureId = (x: unknown): x is FeatureId =>
  typeof x === 'string' && (FEATURE_IDS as readonly string[]).includes(x);

export const featureLabel = (id: FeatureId): string => INPUT_FEATURES.find((f) => f.id === id)!.label;

/** Whether a list is exactly x₁, x₂ in that order (the network then sees the data as it is). */
export const isDefaultFeatures = (f: readonly string[]): boolean =>
  f.length === 2 && f[0] === 'x1' && f[1] === 'x2';

/** A data set whose points lie in a plane: features apply to it, and its output is drawn as a map. */
export const isPlanar = (d: Pick<Dataset, 'inputs' | 'domain'>): boolean =>
  d.inputs === 2 && d.domain !== undefined;

/**
 * The n × features.length table of features of n points (row-major n × 2). The default list gives back
 * the same array, not a copy, so a run without features is the run it always was, bit for bit.
 */
export function featureRows(x: Float64Array, n: number, features: readonly FeatureId[]): Float64Array {
  if (isDefaultFeatures(features)) return x;
  const fs = features.map((id) => INPUT_FEATURES.find((f) => f.id === id)!.of);
  const k = fs.length;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const a = x[i * 2];
    const b = x[i * 2 + 1];
    for (let j = 0; j < k; j++) out[i * k + j] = fs[j](a, b);
  }
  return out;
}
