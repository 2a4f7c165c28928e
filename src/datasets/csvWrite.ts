import { csvFormatRows } from 'd3-dsv';
import type { DataSplit, Dataset } from './types';
import { SPLIT_COLUMN } from './csvTable';

/** A number as the CSV reader reads it back exactly: String(x) is the shortest exact form; −0 keeps its sign. */
const cell = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

/**
 * A data set as CSV text that parseCsv reads back to the same points in the same split: one column per
 * input (named as the data set names them), 'label', then 'split' (train or test); training rows first,
 * each split in its own order. Names with commas or quotes are quoted by d3-dsv.
 */
export function datasetCsv(d: Dataset): string {
  const rows: string[][] = [
    [...Array.from({ length: d.inputs }, (_, j) => d.featureNames[j] ?? `x${j + 1}`), 'label', SPLIT_COLUMN],
  ];
  const add = (s: DataSplit, kind: string) => {
    for (let r = 0; r < s.n; r++) {
      const row: string[] = [];
      for (let j = 0; j < d.inputs; j++) row.push(cell(s.x[r * d.inputs + j]));
      row.push(cell(s.labels[r]), kind);
      rows.push(row);
    }
  };
  add(d.train, 'train');
  add(d.test, 'test');
  return `${csvFormatRows(rows)}\n`;
}
