import type { Mlp, TrainData } from '../engine';
import { inputFeaturesOf, type Config } from '../domain/config';
import { isDefaultFeatures } from '../datasets/features';
import type { Dataset } from '../datasets/types';

/** What a training script needs to repeat a run: plain data, no store. */
export interface ScriptRun {
  /** The settings the run trains with (loss, lr, batch size, momentum, L1/L2, clipping, seed). */
  config: Config;
  /** The network at timeline step 0, with its frozen and pruned masks. */
  model: Mlp;
  /** The training set as the trainer sees it: inputs and the targets of the output layer. */
  train: TrainData;
  /** Steps taken in the app: what the script trains by default. */
  steps: number;
  /**
   * The generator state just before the first epoch's shuffle (the trainer's epochRngState at step 0).
   * Default: the one a fresh run derives from the seed (src/domain/run.ts).
   */
  shuffleState?: number;
  /**
   * When the first layer takes features of 2D points (x₁², sin x₁, …): their names, and the training points
   * (n × 2) the script computes them from, so the script's inputs are made as the app's are.
   */
  inputFeatures?: readonly string[];
  points?: Float64Array;
}

/** The feature part of a script run: nothing for x₁, x₂ as they are or for data that is not a plane. */
export function scriptFeatures(c: Config, d: Dataset): Pick<ScriptRun, 'inputFeatures' | 'points'> {
  const f = inputFeaturesOf(c, d);
  return f && !isDefaultFeatures(f) ? { inputFeatures: f, points: d.train.x } : {};
}

/** The trainer's generator seed for a config, as buildRun derives it. */
export const shuffleStateOf = (c: Config) => (c.seed ^ 0x9e3779b9) >>> 0;

/** A number as Python and JavaScript read it back to the same double (the shortest round-trip form). */
export const num = (x: number) => String(x);
export const list = (a: ArrayLike<number>) => `[${Array.from(a, num).join(', ')}]`;
/** The n rows of a row-major n × width table, one list per line. */
export const rows = (a: Float64Array, n: number, width: number, indent: string) =>
  Array.from({ length: n }, (_, r) => `${indent}${list(a.subarray(r * width, (r + 1) * width))},`).join('\n');
