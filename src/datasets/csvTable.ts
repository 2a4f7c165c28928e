import type { ParseResult } from '../engine';
import { quoted } from '../engine/excerpt';
import { readNumber } from '../format/number';

/**
 * A numeric CSV file read as it is, in file order: the header's names and one row of numbers per data line,
 * the last column (named 'label') taken apart as labels. The command line trains on this order; the app
 * splits it into train and test with parseCsv.
 */
export interface CsvTable {
  /** The header's names, quotes removed, 'label' included. */
  header: string[];
  /** Columns before 'label'. */
  inputs: number;
  n: number;
  /** n × inputs, row-major, in file order. */
  x: Float64Array;
  labels: Float64Array;
  /** The file line (header = 1) each row came from, for messages about a row's values. */
  lines: number[];
}

/** A field without surrounding spaces or one pair of double quotes. */
const unquote = (s: string): string => {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"')
    ? t.slice(1, -1).replace(/""/g, '"').trim()
    : t;
};

/**
 * Reads text as a numeric CSV table or says what is wrong, naming the row as a person counts lines in the
 * file (the header is line 1) and the column from 1. Blank lines are skipped; CRLF and a byte-order mark are
 * fine. Never throws. Fields are split on commas only: quotes are for names, not for commas inside them.
 */
export function parseCsvTable(text: string): ParseResult<CsvTable> {
  const fail = (error: string): ParseResult<CsvTable> => ({ ok: false, error });
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return fail('the file is empty');
  const header = lines[first].split(',').map(unquote);
  const cols = header.length;
  const last = header[cols - 1];
  if (last.toLowerCase() !== 'label')
    return fail(`the last header column must be named 'label', found ${quoted(last)}`);
  if (cols < 2) return fail("the header needs at least one input column before 'label'");
  const inputs = cols - 1;
  const xs: number[] = [];
  const labels: number[] = [];
  const rowLines: number[] = [];
  for (let li = first + 1; li < lines.length; li++) {
    if (lines[li].trim() === '') continue;
    const row = li + 1;
    rowLines.push(row);
    const fields = lines[li].split(',');
    if (fields.length !== cols) {
      return fail(
        `row ${row} has ${fields.length} values, expected ${cols} (the header has ${cols} columns)`,
      );
    }
    for (let c = 0; c < cols; c++) {
      const f = unquote(fields[c]);
      const where = `row ${row}, column ${c + 1} (${quoted(header[c])})`;
      if (f === '') return fail(`${where} is empty`);
      const r = readNumber(f);
      if (!r.ok) return fail(`${where}: ${r.message}`);
      if (c < inputs) xs.push(r.value);
      else labels.push(r.value);
    }
  }
  if (labels.length === 0) return fail('the file has a header but no data rows');
  return {
    ok: true,
    value: {
      header,
      inputs,
      n: labels.length,
      x: Float64Array.from(xs),
      labels: Float64Array.from(labels),
      lines: rowLines,
    },
  };
}

/** Most classes a label column may name before it is read as a regression target. */
export const MAX_CSV_CLASSES = 50;

/**
 * Class count the labels imply: max + 1 when every label is a whole number from 0 to MAX_CSV_CLASSES − 1,
 * else 0, meaning the labels are regression targets.
 */
export function classesFromLabels(labels: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (!Number.isInteger(v) || v < 0 || v >= MAX_CSV_CLASSES) return 0;
    if (v > max) max = v;
  }
  return max + 1;
}
