import {
  isLoss,
  lossMismatch,
  outputUnits,
  targetsFromLabels,
  type Loss,
  type Mlp,
  type TrainData,
} from '../engine';
import type { CsvTable } from '../datasets/csvTable';
import { CHOICE_SETTINGS, choiceProblem } from '../domain/settings';
import { featuresProblem } from '../domain/config';
import { featureRows, type FeatureId } from '../datasets/features';
import { CliError, usageError } from './errors';

export function readLoss(name: string): Loss {
  const problem = choiceProblem(CHOICE_SETTINGS.loss, name);
  if (problem || !isLoss(name)) throw usageError(`--loss: ${problem}`);
  return name;
}

/** The loss must fit the output layer (the app's own rule, engine lossMismatch). */
export function checkLoss(m: Mlp, loss: Loss): void {
  const why = lossMismatch(loss, m.layers[m.layers.length - 1].activation);
  if (why) throw new CliError(why);
}

/**
 * The table as the engine's training data for m: one input column per model input, and with several output
 * units every label a class index the output layer has (targetsFromLabels would silently give such a row
 * an all-zero target).
 */
export function trainDataFor(
  m: Mlp,
  table: CsvTable,
  path: string,
  features: readonly string[] | null = null,
): TrainData {
  if (features) {
    // The model takes features of 2D points: the table's two columns are x₁, x₂, made into them as the app does.
    const problem = featuresProblem(features);
    if (problem) throw new CliError(`the model's "inputFeatures": ${problem}`);
    if (table.inputs !== 2)
      throw new CliError(
        `the model takes features of 2D points (${features.join(', ')}), but the data has ${table.inputs} input columns; it needs 2 (x₁, x₂)`,
      );
    const x = featureRows(table.x, table.n, features as FeatureId[]);
    return trainDataFor(m, { ...table, inputs: features.length, x }, path);
  }
  if (table.inputs !== m.inputs) {
    throw new CliError(`the data has ${table.inputs} input columns but the model expects ${m.inputs} inputs`);
  }
  const k = outputUnits(m);
  if (k > 1) {
    for (let i = 0; i < table.n; i++) {
      const c = table.labels[i];
      if (!Number.isInteger(c) || c < 0 || c >= k) {
        throw new CliError(
          `${path}: row ${table.lines[i]}: label ${c} is not a class of the model's ${k} outputs (0 to ${k - 1})`,
        );
      }
    }
  }
  return { n: table.n, x: table.x, y: targetsFromLabels(table.labels, k) };
}
