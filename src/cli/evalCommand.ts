import { evaluate } from '../engine';
import { checkLoss, readLoss, trainDataFor } from './checks';
import { parseFlags, str } from './args';
import { readModelFile, readTable } from './files';

const FLAGS = {
  model: { kind: 'string', required: true },
  data: { kind: 'string', required: true },
  loss: { kind: 'string', required: true },
} as const;

/** Mean loss and accuracy over the whole file, with the engine's evaluate (accuracy null for regression). */
export function evalCommand(argv: readonly string[]): string {
  const f = parseFlags('eval', argv, FLAGS);
  const loss = readLoss(str(f, 'loss'));
  const { mlp: m, inputFeatures } = readModelFile(str(f, 'model'));
  const data = trainDataFor(m, readTable(str(f, 'data')), str(f, 'data'), inputFeatures);
  checkLoss(m, loss);
  const e = evaluate(m, data, loss);
  return JSON.stringify({ loss: e.loss, accuracy: e.accuracy });
}
