import { createRng, DEFAULT_SGD, dropoutSeedOf, evaluate, serializeModel, Trainer } from '../engine';
import { checkLoss, readLoss, trainDataFor } from './checks';
import { NUMBER_SETTINGS } from '../domain/settings';
import { num, parseFlags, str, type FlagSpec } from './args';
import { CliError } from './errors';
import { readModelFile, readTable, writeText } from './files';

const FLAGS = {
  model: { kind: 'string', required: true },
  data: { kind: 'string', required: true },
  loss: { kind: 'string', required: true },
  lr: { kind: 'setting', setting: NUMBER_SETTINGS.lr, required: true },
  'batch-size': { kind: 'setting', setting: NUMBER_SETTINGS.batchSize, required: true },
  steps: { kind: 'count', required: true },
  out: { kind: 'string', required: true },
  l1: { kind: 'setting', setting: NUMBER_SETTINGS.l1 },
  l2: { kind: 'setting', setting: NUMBER_SETTINGS.l2 },
  momentum: { kind: 'setting', setting: NUMBER_SETTINGS.momentum },
  'no-shuffle': { kind: 'boolean' },
  dropout: { kind: 'setting', setting: NUMBER_SETTINGS.dropout },
  seed: { kind: 'setting', setting: NUMBER_SETTINGS.seed },
} as const satisfies Record<string, FlagSpec>;

/**
 * Trains with the engine's own Trainer, so a run here takes exactly the steps the app would take with the
 * same model, data order, options and seed.
 */
export function trainCommand(argv: readonly string[]): string {
  const f = parseFlags('train', argv, FLAGS);
  const loss = readLoss(str(f, 'loss'));
  const batchSize = num(f, 'batch-size');
  const { mlp: m, inputFeatures } = readModelFile(str(f, 'model'));
  const data = trainDataFor(m, readTable(str(f, 'data')), str(f, 'data'), inputFeatures);
  checkLoss(m, loss);
  const options = {
    ...DEFAULT_SGD,
    lr: num(f, 'lr'),
    l1: num(f, 'l1', 0),
    l2: num(f, 'l2', 0),
    momentum: num(f, 'momentum', 0),
    loss,
    batchSize,
    shuffle: !f['no-shuffle'],
    // Hidden layers only; the masks have their own stream derived from --seed, as in the app.
    dropout: num(f, 'dropout', 0),
    dropoutSeed: dropoutSeedOf(num(f, 'seed', 1)),
  };
  const trainer = new Trainer(m, data, options, createRng(num(f, 'seed', 1)));
  const run = trainer.run(num(f, 'steps'));
  if (run.divergence) {
    throw new CliError(
      `training stopped before step ${run.steps + 1}: ${run.divergence.message}; nothing written`,
    );
  }
  const out = str(f, 'out');
  writeText(out, serializeModel(m, { inputFeatures }) + '\n');
  const after = evaluate(m, data, loss);
  return JSON.stringify({
    steps: run.steps,
    epochs: trainer.epoch,
    meanLoss: run.meanLoss,
    loss: after.loss,
    accuracy: after.accuracy,
    out,
  });
}
