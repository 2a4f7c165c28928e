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
    },
  };
}
