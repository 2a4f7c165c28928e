import { createRng, type ParseResult } from '../engine';
import { classesFromLabels, parseCsvTable } from './csvTable';
import { splitSamples, takeRows } from './split';
import type { DataSplit, Dataset } from './types';

export interface CsvOptions {
  trainRatio: number;
  seed: number;
  /** Shown as the data set's title (a file name, say). */
  name?: string;
}

/** The rows a split column gives to training (0) and testing (1), each in file order. */
function splitByColumn(
  x: Float64Array,
  labels: Float64Array,
  inputs: number,
  split: Uint8Array,
): { train: DataSplit; test: DataSplit } {
  const rows: [number[], number[]] = [[], []];
  split.forEach((s, i) => rows[s].push(i));
  return { train: takeRows(x, labels, inputs, rows[0]), test: takeRows(x, labels, inputs, rows[1]) };
}

/**
 * A data set from CSV text: header row, numeric columns, the last one named 'label' (a class index 0, 1, …
 * or a regression target; see classesFromLabels), optionally followed by a 'split' column of train/test.
 * Without one, rows are shuffled with the seed and split by trainRatio; with one, each row goes where it
 * says, in file order, so an exported data set comes back exactly. Never throws.
 */
export function parseCsv(text: string, opts: CsvOptions): ParseResult<Dataset> {
  const t = parseCsvTable(text);
  if (!t.ok) return t;
  const { header, inputs, x, labels, split } = t.value;
  const classes = classesFromLabels(labels);
  const { train, test } = split
    ? splitByColumn(x, labels, inputs, split)
    : splitSamples(x, labels, inputs, opts.trainRatio, createRng(opts.seed));
  return {
    ok: true,
    value: {
      id: 'csv',
      title: opts.name ?? 'CSV file',
      kind: classes > 0 ? 'classification' : 'regression',
      inputs,
      classes,
      featureNames: header.slice(0, inputs),
      ...(classes > 0 ? { classNames: Array.from({ length: classes }, (_, c) => `class ${c}`) } : {}),
      train,
      test,
      // Two columns are a plane: the output is drawn as a map over a square that holds every point.
      ...(inputs === 2 ? { domain: squareAround(x) } : {}),
    },
  };
}

/** The smallest square [lo, hi]² around every value, with a twentieth of its side to spare on each end. */
function squareAround(x: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = hi > lo ? (hi - lo) / 20 : 1;
  return [lo - pad, hi + pad];
}
