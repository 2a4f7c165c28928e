import type { Divergence, Mlp, StepRecord, TrainData, TrainerPosition, TrainOptions } from '../engine';
import type { Config } from '../domain/config';
import type { Metrics } from '../domain/run';

/**
 * What a training worker is told when play starts (or restarts after anything changed): the session's exact
 * state, from which it trains a mirror of the network and trainer. Everything is plain data (structured
 * clone); a data set already sent is not sent again.
 */
export interface TrainerStart {
  mlp: Mlp;
  position: TrainerPosition;
  options: TrainOptions;
  /** Training and test data, or null for the same objects as at the last start. */
  train: TrainData | null;
  test: TrainData | null;
  config: Config;
  /** Weights and biases of the timeline's last entry, in entry layout: the first step's flip statistics. */
  prevEntry: Float64Array;
  /** The sign-flip counter's comparison values (per layer). */
  flipPrev: { w: Float64Array[]; b: Float64Array[] };
  /** The timeline's ring length: the last `recent` steps of a round are always shipped whole. */
  recent: number;
}

export interface RoundRequest {
  /** Training time of the round (the last batch, recorded for the inspector, may run past it). */
  budgetMs: number;
  /** The timeline's spacing now: older steps that are not multiples of it will never be kept. */
  spacing: number;
  /** At most this many batches (tests). */
  maxSteps?: number;
}

/**
 * One round's work, enough for the session to be exactly where the worker is: every step's loss and
 * checkpoint, the timeline entries that can be kept, the sign flips counted, the final weights, velocities and
 * data position, the last step's record and, now and then, the losses measured on the final weights.
 */
export interface RoundResult {
  steps: number;
  losses: Float64Array;
  /** step, epoch, cursor, epochRngState per step. */
  checkpoints: Float64Array;
  /** Per step: the offset of its entry in `entries`, or −1 for one that is never kept. */
  entryAt: Int32Array;
  entries: Float64Array;
  flipsW: Uint32Array[];
  flipsB: Uint32Array[];
  weights: Float64Array[];
  biases: Float64Array[];
  position: TrainerPosition;
  record: StepRecord | null;
  divergence: Divergence | null;
  metrics: Metrics | null;
}

/** A training backend as the session sees it: in this thread, or a Worker behind comlink. */
export interface TrainingBackend {
  start(init: TrainerStart): void | Promise<void>;
  round(req: RoundRequest): RoundResult | Promise<RoundResult>;
}
