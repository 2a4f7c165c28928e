import { describe, expect, it } from 'vitest';
// The file the site ships, read by Vite as text (tests/datasets type-check without Node's types).
import text from '../../public/data/digits.csv?raw';
import {
  createMlp,
  createRng,
  DEFAULT_SGD,
  evaluate,
  targetsFromLabels,
  Trainer,
  type Evaluation,
  type InitKind,
  type LayerSpec,
  type Loss,
} from '../../src/engine';
import { generate2d, parseDigits, wordsDataset } from '../../src/datasets';
import type { Dataset } from '../../src/datasets/types';

interface Recipe {
  layers: LayerSpec[];
  init: InitKind;
  loss: Loss;
  lr: number;
  momentum: number;
  batchSize: number;
  steps: number;
  seed: number;
}

/** Trains a fresh network on ds.train for r.steps batches; returns its train and test evaluations. */
function train(ds: Dataset, r: Recipe): { train: Evaluation; test: Evaluation } {
  const rng = createRng(r.seed);
  const m = createMlp({ inputs: ds.inputs, layers: r.layers, init: { kind: r.init } }, rng);
  const k = r.layers[r.layers.length - 1].units;
  const split = (s: Dataset['train']) => ({ n: s.n, x: s.x, y: targetsFromLabels(s.labels, k) });
  const opts = { ...DEFAULT_SGD, lr: r.lr, momentum: r.momentum, loss: r.loss, batchSize: r.batchSize };
  const outcome = new Trainer(m, split(ds.train), opts, rng).run(r.steps);
  expect(outcome.divergence).toBeNull();
  return { train: evaluate(m, split(ds.train), r.loss), test: evaluate(m, split(ds.test), r.loss) };
}

// These check that the data sets are learnable as the lessons promise, with the engine as it is.
describe('the data sets can be learned', () => {
  it('spiral: a 2-16-16-1 ReLU net passes 95% train accuracy within 10000 steps', () => {
    const ds = generate2d('spiral', { n: 300, noise: 0, trainRatio: 0.8, seed: 1 });
    const r = train(ds, {
      layers: [
        { units: 16, activation: 'relu' },
        { units: 16, activation: 'relu' },
        { units: 1, activation: 'sigmoid' },
      ],
      init: 'he_uniform',
      loss: 'binary_cross_entropy',
      lr: 0.01,
      momentum: 0.9,
      batchSize: 10,
      steps: 10000,
      seed: 1,
    });
    expect(r.train.accuracy).toBeGreaterThan(0.95);
  });

  it('xor: a 2-4-1 tanh/sigmoid net brings the mean squared error under 0.05 within 20000 steps', () => {
    const ds = generate2d('xor', { n: 200, noise: 0, trainRatio: 0.8, seed: 1 });
    const r = train(ds, {
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      init: 'xavier_uniform',
      loss: 'mse',
      lr: 0.3,
      momentum: 0.9,
      batchSize: 16,
      steps: 20000,
      seed: 1,
    });
    expect(r.train.loss).toBeLessThan(0.05);
  });

  it('digits: a 64-32-10 ReLU/softmax net passes 90% test accuracy within 2000 steps', () => {
    const ds = parseDigits(text, { trainRatio: 0.8, seed: 1 });
    const r = train(ds, {
      layers: [
        { units: 32, activation: 'relu' },
        { units: 10, activation: 'softmax' },
      ],
      init: 'he_uniform',
      loss: 'cross_entropy',
      lr: 0.1,
      momentum: 0.9,
      batchSize: 32,
      steps: 2000,
      seed: 1,
    });
    expect(r.test.accuracy).toBeGreaterThan(0.9);
  });

  it('words: a 21-8-1 tanh/sigmoid net passes 90% train accuracy within 2000 steps', () => {
    const ds = wordsDataset({ trainRatio: 0.75, seed: 1 });
    const r = train(ds, {
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      init: 'xavier_uniform',
      loss: 'binary_cross_entropy',
      lr: 0.1,
      momentum: 0.9,
      batchSize: 8,
      steps: 2000,
      seed: 1,
    });
    expect(r.train.accuracy).toBeGreaterThan(0.9);
  });
});
