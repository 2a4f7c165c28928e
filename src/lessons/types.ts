import type { Mlp, TrainData } from '../engine';
import type { Config } from '../domain/config';
import type { Metrics } from '../domain/run';

/** What a lesson's check can look at: the live network, where it started, and the session's figures. */
export interface LessonContext {
  mlp: Mlp;
  /** Weights and biases when the lesson was opened (after its hand-set weights). */
  start: { w: Float64Array[]; b: Float64Array[] };
  config: Config;
  metrics: Metrics;
  step: number;
  train: TrainData;
  /** The lesson's own notes across checks (activations seen, best accuracy so far, …). */
  memory: Record<string, unknown>;
}

export interface CheckResult {
  passed: boolean;
  /** What the student has seen so far, or what is still missing, in one sentence. */
  status: string;
}

/** Extra interactive pieces a lesson's panel shows. */
export type LessonWidget =
  | 'negativeCount'
  | 'flipInput'
  | 'outputSigns'
  | 'initCompare'
  | 'regularisation'
  | 'pruning'
  | 'biases'
  | 'wordWeights'
  | 'digitFilters';

export interface Lesson {
  id: string;
  /** The question it answers, as beginners ask it. */
  title: string;
  /** Settings on top of the defaults; everything else is reset to DEFAULT_CONFIG. */
  preset: Partial<Config>;
  /** Hand-set weights, applied after the network is built from the preset. */
  setup?: (m: Mlp) => void;
  /** Two or three sentences: what this is about. */
  intro: string;
  tryThis: string[];
  notice: string[];
  widget?: LessonWidget;
  check: (ctx: LessonContext) => CheckResult;
}
