import { csvParseRows } from 'd3-dsv';
import type { ParseResult } from '../engine';
import { quoted } from '../engine/excerpt';
import { readNumber } from '../format/number';

/**
 * A numeric CSV file read as it is, in file order: the header's names and one row of numbers per data line,
 * the column named 'label' taken apart as labels, and the train/test column when the file has one. The
 * command line trains on this order; the app splits it into train and test with parseCsv.
 */
export interface CsvTable {
  /** The header's names, quotes removed, 'label' (and 'split', when there) included. */
  header: string[];
  /** Columns before 'label'. */
  inputs: number;
  n: number;
  /** n × inputs, row-major, in file order. */
  x: Float64Array;
  labels: Float64Array;
  /** Per row 0 = train, 1 = test, from a last column named 'split'; null when the file has none. */
  split: Uint8Array | null;
  /** The file line (header = 1) each row came from, for messages about a row's values. */
  lines: number[];
}

/** The name of the optional last column that says which rows are for training and which for testing. */
export const SPLIT_COLUMN = 'split';
/** A split cell's row kind: 0 train, 1 test (a Map, so 'constructor' is not a kind). */
const SPLIT_VALUES = new Map([
  ['train', 0],
  ['test', 1],
]);

/**
 * A field as the parser gave it, without surrounding spaces; a quoted name with spaces around its quotes
 * (` "x2" `, which CSV reads as text with quotes in it) loses them too, as people mean it.
 */
const tidy = (s: string): string => {
  const t = s.trim();
  return t !== s && t.length >= 2 && t.startsWith('"') && t.endsWith('"')
    ? t.slice(1, -1).replace(/""/g, '"').trim()
    : t;
};

/** Line breaks inside a row's quoted fields: the next row starts that many lines further down. */
function breaksIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
    n += f.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

/** A record of one empty or blank field: a blank line. */
const isBlank = (fields: readonly string[]) => fields.length === 1 && fields[0].trim() === '';

/** The header's layout: which columns are inputs, the label, and the optional split; or what is wrong. */
function layoutOf(header: string[]): ParseResult<{ inputs: number; hasSplit: boolean }> {
  const fail = (error: string) => ({ ok: false, error }) as const;
  const cols = header.length;
  const named = (i: number, name: string) => i >= 0 && header[i].toLowerCase() === name;
  const hasSplit = cols >= 2 && named(cols - 1, SPLIT_COLUMN);
  const labelAt = hasSplit ? cols - 2 : cols - 1;
  if (!named(labelAt, 'label'))
    return fail(
      hasSplit
        ? `the column before '${SPLIT_COLUMN}' must be named 'label', found ${quoted(header[labelAt])}`
        : `the last header column must be named 'label', found ${quoted(header[cols - 1])}`,
    );
  if (labelAt < 1) return fail("the header needs at least one input column before 'label'");
  return { ok: true, value: { inputs: labelAt, hasSplit } };
}

/**
 * Reads text as a numeric CSV table (RFC 4180, through d3-dsv: a quoted field may hold commas, quotes and
 * line breaks) or says what is wrong, naming the row as a person counts lines in the file (the header is
 * line 1) and the column from 1. Blank lines are skipped; CRLF and a byte-order mark are fine. A last column
 * named 'split' after 'label' says 'train' or 'test' for each row. Never throws.
 */
export function parseCsvTable(text: string): ParseResult<CsvTable> {
  const fail = (error: string): ParseResult<CsvTable> => ({ ok: false, error });
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  // The file line each record starts on.
  const startLine: number[] = [];
  let line = 1;
  for (const r of records) {
    startLine.push(line);
    line += 1 + breaksIn(r);
  }
  const first = records.findIndex((r) => !isBlank(r));
  if (first < 0) return fail('the file is empty');
  const header = records[first].map(tidy);
  const layout = layoutOf(header);
  if (!layout.ok) return layout;
  const { inputs, hasSplit } = layout.value;
  const cols = header.length;
  const xs: number[] = [];
  const labels: number[] = [];
  const split: number[] = [];
  const rowLines: number[] = [];
  for (let ri = first + 1; ri < records.length; ri++) {
    const fields = records[ri];
    if (isBlank(fields)) continue;
    const row = startLine[ri];
    rowLines.push(row);
    if (fields.length !== cols) {
      return fail(
        `row ${row} has ${fields.length} values, expected ${cols} (the header has ${cols} columns)`,
      );
    }
    for (let c = 0; c < cols; c++) {
      const f = tidy(fields[c]);
      const where = `row ${row}, column ${c + 1} (${quoted(header[c])})`;
      if (f === '') return fail(`${where} is empty`);
      if (c > inputs) {
        const s = SPLIT_VALUES.get(f.toLowerCase());
        if (s === undefined) return fail(`${where}: ${quoted(f)} is not train or test`);
        split.push(s);
        continue;
      }
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
      split: hasSplit ? Uint8Array.from(split) : null,
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
