import {
  createMlp,
  createRng,
  dropoutSeedOf,
  evaluate,
  Trainer,
  type Mlp,
  type TrainData,
  type TrainOptions,
} from '../engine';
import type { Dataset } from '../datasets/types';
import { featureRows } from '../datasets/features';
import { inputFeaturesOf, mlpSpecFor, targetsFor, type Config } from './config';

/** The engine objects of a session, derived from a config and a data set. */
export interface Run {
  mlp: Mlp;
  trainer: Trainer;
  train: TrainData;
  test: TrainData;
}

export function trainOptionsOf(c: Config): TrainOptions {
  return {
    loss: c.loss,
    lr: c.lr,
    batchSize: c.batchSize,
    l1: c.l1,
    l2: c.l2,
    l1Mode: c.l1Mode,
    momentum: c.momentum,
    clip: c.clip > 0 ? c.clip : null,
    nonNegative: c.nonNegative,
    shuffle: true,
    dropout: c.dropout,
    dropoutSeed: dropoutSeedOf(c.seed),
  };
}

/** What the network is given of a split's points: the chosen features on 2D data, the data itself otherwise. */
export function inputsOf(d: Dataset, c: Pick<Config, 'features'>, x: Float64Array, n: number): Float64Array {
  const f = inputFeaturesOf(c, d);
  return f ? featureRows(x, n, f) : x;
}

export function trainDataOf(d: Dataset, c: Config): { train: TrainData; test: TrainData } {
  return {
    train: {
      n: d.train.n,
      x: inputsOf(d, c, d.train.x, d.train.n),
      y: targetsFor(d, d.train.labels, c.outputActivation),
    },
    test: {
      n: d.test.n,
      x: inputsOf(d, c, d.test.x, d.test.n),
      y: targetsFor(d, d.test.labels, c.outputActivation),
    },
  };
}

/**
 * A fresh network from the seed, and a trainer whose batch order also follows the seed: the same config and
 * data always give the same weights and the same run.
 */
export function buildRun(c: Config, d: Dataset): Run {
  const mlp = createMlp(mlpSpecFor(c, d), createRng(c.seed));
  const { train, test } = trainDataOf(d, c);
  const trainer = new Trainer(mlp, train, trainOptionsOf(c), createRng((c.seed ^ 0x9e3779b9) >>> 0));
  return { mlp, trainer, train, test };
}

export interface Metrics {
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
}

export function measure(s: Pick<Run, 'mlp' | 'train' | 'test'>, c: Config): Metrics {
  const tr = evaluate(s.mlp, s.train, c.loss);
  const te = s.test.n ? evaluate(s.mlp, s.test, c.loss) : { loss: NaN, accuracy: null };
  return { trainLoss: tr.loss, testLoss: te.loss, trainAccuracy: tr.accuracy, testAccuracy: te.accuracy };
}
