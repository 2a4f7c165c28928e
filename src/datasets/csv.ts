import { createRng, type ParseResult } from '../engine';
import { classesFromLabels, parseCsvTable } from './csvTable';
import { splitSamples } from './split';
import type { Dataset } from './types';

export interface CsvOptions {
  trainRatio: number;
  seed: number;
  /** Shown as the data set's title (a file name, say). */
  name?: string;
}

/**
 * A data set from CSV text: header row, numeric columns, the last one named 'label' (a class index 0, 1, …
 * or a regression target; see classesFromLabels). Rows are shuffled with the seed and split. Never throws.
 */
export function parseCsv(text: string, opts: CsvOptions): ParseResult<Dataset> {
  const t = parseCsvTable(text);
  if (!t.ok) return t;
  const { header, inputs, x, labels } = t.value;
  const classes = classesFromLabels(labels);
  const { train, test } = splitSamples(x, labels, inputs, opts.trainRatio, createRng(opts.seed));
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
